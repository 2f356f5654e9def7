import { createHash, randomBytes } from "node:crypto";

// Identifiers in the provider's style: a prefix and base-62 characters
// (file-BK7bzQj3FfZFXr7DbL6xJwfo, ftjob-…, ftckpt_…). Objects derived from a job
// (events, checkpoints, the model name) get ids hashed from the job's, so every
// read of the same job answers the same ids and cursors stay valid.

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

const encode = (bytes: Buffer, length: number) => Array.from(bytes.subarray(0, length), (b) => ALPHABET[b % 62]).join("");

export const randomId = (prefix: string, length = 24) => prefix + encode(randomBytes(length), length);

/** The same id for the same `key`, every time. */
export const stableId = (prefix: string, key: string, length = 24) => prefix + encode(createHash("sha256").update(key).digest(), length);
