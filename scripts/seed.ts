// `npm run seed`: loads the sample dataset if the database is empty.
import { seedIfEmpty } from "../prisma/seed/seed";
import { closeDb } from "../lib/db/client";

seedIfEmpty()
  .then((message) => console.log(message ?? "The database already has datasets; nothing loaded."))
  .finally(closeDb);
