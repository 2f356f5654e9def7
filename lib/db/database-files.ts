import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";

// The database holds password hashes and everybody's work, and its folder the secret
// that signs sessions: only the account Tuneset runs as may read them. A folder Tuneset
// makes is 0700. The database file is made 0600 before SQLite opens it, and SQLite gives
// its -wal and -shm files the database file's mode. Files an older version left readable
// are tightened each time the database is opened. An existing folder keeps its mode: it
// may be shared (such as /tmp), and the files in it are private anyway.

const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

/** Makes the data folder (if missing) and the database file private before SQLite opens it. */
export function prepareDatabaseFiles(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  closeSync(openSync(file, "a", PRIVATE_FILE));
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) makePrivate(path);
}

/** Takes group and other access away from a file, if it exists and has any. */
export function makePrivate(path: string): void {
  try {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, PRIVATE_FILE);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    // Owned by another account: its owner must fix it, and Tuneset can still work.
    console.warn(`Could not make ${path} readable by its owner only (${code}). Run: chmod 600 "${path}"`);
  }
}
