// `npm run migrate`: brings the database named by DATABASE_URL up to date.
import { databaseFile } from "../lib/env";
import { migrate } from "../lib/db/migrate";

try {
  const { applied, file } = migrate(databaseFile());
  console.log(applied.length ? `Applied ${applied.join(", ")} to ${file}` : `${file} is up to date`);
} catch (e) {
  // A bad setting or a changed migration: its message says what to do, a stack trace would bury it.
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
