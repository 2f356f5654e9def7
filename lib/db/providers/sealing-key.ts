import { dirname, join } from "node:path";
import { databaseFile, providerEnv } from "../../env";
import { AppError } from "../../errors";
import { decodeSecretKey, generateSecretKey, SECRET_KEY_VARIABLE, secretKeyFromEnv, type SealingKeyStatus } from "../../providers/secret-box";
import { readOrCreateSecretFile, readSecretFile } from "../database-files";

// The key that seals provider keys saved on the settings page. TUNESET_SECRET_KEY wins;
// without it, Tuneset generates a key the first time an admin saves a provider key and
// keeps it in `secret-key` beside the database, readable by its owner only, as it keeps
// the auth secret (auth/auth-secret-file.ts): an admin sets a provider up in the app
// with no server configuration. Not in the database, so a copy of the database alone
// still gives no provider key away.

type Env = Record<string, string | undefined>;

export const SEALING_KEY_FILE = "secret-key";

/** The generated key's file, beside the database. */
export const sealingKeyPath = () => join(dirname(databaseFile()), SEALING_KEY_FILE);

const WHEN_EMPTY = `Restore it from a backup, or delete it and save each provider key again on the settings page (or set ${SECRET_KEY_VARIABLE}).`;

/** The generated key, read (or made, when `make`); a damaged file is a plain AppError the page and the form show. */
function fileKey(make: boolean): Buffer | null {
  const path = sealingKeyPath();
  let text: string | null;
  try {
    text = make ? readOrCreateSecretFile(path, generateSecretKey, WHEN_EMPTY) : readSecretFile(path, WHEN_EMPTY);
  } catch (e) {
    throw new AppError("bad_request", (e as Error).message);
  }
  if (text === null) return null;
  const key = decodeSecretKey(text);
  if (!key) throw new AppError("bad_request", `${path} does not hold a 32-byte key written as base64 or hex. ${WHEN_EMPTY}`);
  return key;
}

/**
 * The key to seal with, generating the file when neither the variable nor the file
 * gives one. A bad variable is refused, never passed over for the file.
 */
export function sealingKeyForSaving(env: Env = providerEnv()): Buffer {
  return secretKeyFromEnv(env) ?? fileKey(true)!;
}

/** The key to open saved keys with, or null when there is none (nothing is generated: a new key opens nothing saved). */
export function sealingKeyForReading(env: Env = providerEnv()): Buffer | null {
  return secretKeyFromEnv(env) ?? fileKey(false);
}

export function sealingKeyStatus(env: Env = providerEnv()): SealingKeyStatus {
  const path = sealingKeyPath();
  const source = env[SECRET_KEY_VARIABLE]?.trim() ? "environment" : "file";
  try {
    return { source: sealingKeyForReading(env) ? source : "none", path, problem: null };
  } catch (e) {
    return { source, path, problem: (e as Error).message };
  }
}
