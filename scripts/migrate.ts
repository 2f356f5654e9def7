// `npm run migrate`: brings the database named by DATABASE_URL up to date.
import { databaseFile } from "../lib/env";
import { migrate } from "../lib/db/migrate";

const { applied, file } = migrate(databaseFile());
console.log(applied.length ? `Applied ${applied.join(", ")} to ${file}` : `${file} is up to date`);
