import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { AppError } from "../errors";
import { providerEnv } from "../env";

// Provider keys saved from the settings page are sealed with AES-256-GCM under a key
// only the server's environment holds, so a copy of the database file alone gives no
// provider key away. The sealed text names its format version and a short fingerprint
// of the key that sealed it: "v1:<key id>:<iv>:<tag>:<ciphertext>" (base64 parts). The
// fingerprint tells "sealed under another TUNESET_SECRET_KEY" apart from "altered",
// which GCM alone reports the same way.

export const SECRET_KEY_VARIABLE = "TUNESET_SECRET_KEY";

const MAKE_ONE = `Make one with \`openssl rand -base64 32\`, set ${SECRET_KEY_VARIABLE} to it on the server, and restart Tuneset`;
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

type Env = Record<string, string | undefined>;

/**
 * The 32-byte key from TUNESET_SECRET_KEY, written as base64 (44 characters) or hex (64).
 * Anything else is refused with how to make a good one.
 */
export function secretKeyFromEnv(env: Env = providerEnv()): Buffer {
  const value = env[SECRET_KEY_VARIABLE]?.trim();
  if (!value) {
    throw new AppError("bad_request", `${SECRET_KEY_VARIABLE} is not set on the server, and saving or reading a key kept by Tuneset needs it. ${MAKE_ONE}.`);
  }
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : strictBase64(value);
  if (key?.length !== 32) {
    throw new AppError(
      "bad_request",
      `${SECRET_KEY_VARIABLE} on the server is not 32 bytes written as base64 or hex (it has ${value.length} characters). ${MAKE_ONE}.`,
    );
  }
  return key;
}

/** The problem with TUNESET_SECRET_KEY, or null when it is usable; for pages that warn before a save fails. */
export function secretKeyProblem(env: Env = providerEnv()): string | null {
  try {
    secretKeyFromEnv(env);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

// Buffer.from(…, "base64") skips characters it does not know; re-encoding catches typos.
function strictBase64(value: string): Buffer | null {
  const normal = value.replace(/-/g, "+").replace(/_/g, "/");
  const key = Buffer.from(normal, "base64");
  return key.toString("base64").replace(/=+$/, "") === normal.replace(/=+$/, "") ? key : null;
}

const keyId = (key: Buffer) => createHmac("sha256", key).update("tuneset secret box key id").digest("base64").slice(0, 8);

/**
 * Seals `plain` under `key`. `context` (e.g. "provider:azure") is bound into the seal, so
 * a sealed value moved to another row does not open there.
 */
export function sealSecret(plain: string, key: Buffer, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, keyId(key), iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":");
}

/** Opens what `sealSecret` sealed, or says plainly why it cannot (another key, altered, unknown format). */
export function openSecret(sealed: string, key: Buffer, context: string): string {
  const [version, id, iv, tag, ciphertext, ...rest] = sealed.split(":");
  if (version !== VERSION || rest.length || ciphertext === undefined) {
    throw new AppError("bad_request", "The saved key is not in a format this version of Tuneset reads. Save the key again on the settings page.");
  }
  if (id !== keyId(key)) {
    throw new AppError(
      "bad_request",
      `The saved key was saved with a different ${SECRET_KEY_VARIABLE}; set the original one on the server, or save the key again on the settings page.`,
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    const tagBytes = Buffer.from(tag, "base64");
    if (tagBytes.length !== TAG_BYTES) throw new Error("short tag");
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new AppError("bad_request", "The saved key was altered in the database and cannot be read. Save the key again on the settings page.");
  }
}
