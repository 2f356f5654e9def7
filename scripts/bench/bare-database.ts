import Database from "better-sqlite3";
import { migrate } from "../../lib/db/migrate";

// The baselines' database: the app's own schema (same migrations, same indexes and
// pragmas as lib/db/client.ts), opened with better-sqlite3 and nothing else, with the
// parent rows a Conversation's foreign keys need.

export type BareDatabase = { db: Database.Database; datasetId: string; importId: string };

export function openBareDatabase(file: string): BareDatabase {
  migrate(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const ids = { datasetId: "bench-dataset", importId: "bench-import" };
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO User (id, email, name) VALUES ('bench-user', 'bench@tuneset.invalid', 'Bench')`).run();
  db.prepare(`INSERT INTO Dataset (id, name, updatedAt) VALUES (?, 'bench', ?)`).run(ids.datasetId, now);
  db.prepare(`INSERT INTO Import (id, datasetId, fileName, createdById) VALUES (?, ?, 'bench.jsonl', 'bench-user')`).run(ids.importId, ids.datasetId);
  return { db, ...ids };
}
