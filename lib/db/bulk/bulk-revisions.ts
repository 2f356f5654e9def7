import type Database from "better-sqlite3";

// A bulk write makes a new version of every record it touches, as a single save does.

/** Bumps version and updatedAt of every record in `table`: each bulk write is a new version. */
export function bumpVersions(db: Database.Database, table: string, now: string) {
  db.prepare(`UPDATE Conversation SET version = version + 1, updatedAt = ? WHERE id IN (SELECT id FROM ${table})`).run(now);
}
