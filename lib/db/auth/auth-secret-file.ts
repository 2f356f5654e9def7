import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { readOrCreateSecretFile, writeSecretOnce } from "../database-files";

// The generated key that signs session cookies, when TUNESET_AUTH_SECRET is not set:
// a file readable by its owner only, beside the database. Not in the database itself,
// where anyone holding a copy of it could sign a session cookie of their own.

export const AUTH_SECRET_FILE = "auth-secret";

export const authSecretPath = (dataDir: string) => join(dataDir, AUTH_SECRET_FILE);

const WHEN_EMPTY = "Delete it to let Tuneset generate a new one (everyone signs in again), or set TUNESET_AUTH_SECRET.";

/** The secret in the data folder's file, generated the first time. */
export function readOrCreateAuthSecret(dataDir: string): string {
  return readOrCreateSecretFile(authSecretPath(dataDir), () => randomBytes(32).toString("base64url"), WHEN_EMPTY);
}

/**
 * Older versions kept the generated secret in ServerSetting. Moves it to the file (when
 * there is no file yet, so sessions it signed stay valid) and deletes it from the
 * database. Runs with the migrations, on every start.
 */
export function moveLegacyAuthSecret(db: Database.Database, dataDir: string): void {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ServerSetting'`).get();
  if (!exists) return;
  const legacy = db.prepare(`SELECT value FROM ServerSetting WHERE key = 'auth_secret'`).pluck().get() as string | undefined;
  if (legacy === undefined) return;
  if (!existsSync(authSecretPath(dataDir))) writeSecretOnce(authSecretPath(dataDir), legacy, WHEN_EMPTY);
  // Overwritten, not only unlinked, and out of the write-ahead log too: deleted rows
  // otherwise stay readable in the file's free space.
  db.pragma("secure_delete = ON");
  db.prepare(`DELETE FROM ServerSetting WHERE key = 'auth_secret'`).run();
  db.pragma("wal_checkpoint(TRUNCATE)");
}
