import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// The database holds password hashes and everybody's work, and its folder the secrets
// that sign sessions and seal provider keys: only the account Tuneset runs as may read them. A folder Tuneset
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

/**
 * A secret Tuneset generated and keeps in a file of its own beside the database: its
 * text, or null when there is no file yet. `whenEmpty` says what to do about an empty
 * file (it cannot be guessed back).
 */
export function readSecretFile(path: string, whenEmpty: string): string | null {
  if (!existsSync(path)) return null;
  makePrivate(path);
  const secret = readFileSync(path, "utf8").trim();
  if (!secret) throw new Error(`${path} is empty. ${whenEmpty}`);
  return secret;
}

/** Writes `secret` unless the file exists (a concurrent process may just have written it); returns the file's secret. */
export function writeSecretOnce(path: string, secret: string, whenEmpty: string): string {
  try {
    writeFileSync(path, secret + "\n", { mode: PRIVATE_FILE, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  return readSecretFile(path, whenEmpty)!;
}

/** The file's secret, generated with `make` the first time. */
export function readOrCreateSecretFile(path: string, make: () => string, whenEmpty: string): string {
  return readSecretFile(path, whenEmpty) ?? writeSecretOnce(path, make(), whenEmpty);
}
