import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { AppError } from "../errors";
import { providerEnv } from "../env";

// Provider keys saved from the settings page are sealed with AES-256-GCM under a key
// that is not in the database (TUNESET_SECRET_KEY, or the file Tuneset generates beside
// it: lib/db/providers/sealing-key.ts), so a copy of the database file alone gives no
// provider key away. The sealed text names its format version and a short fingerprint
// of the key that sealed it: "v1:<key id>:<iv>:<tag>:<ciphertext>" (base64 parts). The
// fingerprint tells "sealed under another key" apart from "altered", which GCM alone
// reports the same way.

export const SECRET_KEY_VARIABLE = "TUNESET_SECRET_KEY";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

type Env = Record<string, string | undefined>;

/** Which key seals provider keys, for the settings page: the variable, the generated file, or none yet (one is made on the first save). */
export type SealingKeyStatus = { source: "environment" | "file" | "none"; path: string; problem: string | null };

/** A new random sealing key, written as base64 (what `openssl rand -base64 32` prints). */
export const generateSecretKey = () => randomBytes(32).toString("base64");

/** `value` as a 32-byte key written as base64 (44 characters, url-safe too) or hex (64), or null when it is not one. */
export function decodeSecretKey(value: string): Buffer | null {
  const text = value.trim();
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : strictBase64(text);
  return key?.length === 32 ? key : null;
}

/**
 * The 32-byte key TUNESET_SECRET_KEY holds, or null when it is not set (Tuneset then
 * uses the key it generated). A value that is not a key is refused with how to make one:
 * the variable wins, so a typo must not silently fall back to another key.
 */
export function secretKeyFromEnv(env: Env = providerEnv()): Buffer | null {
  const value = env[SECRET_KEY_VARIABLE]?.trim();
  if (!value) return null;
  const key = decodeSecretKey(value);
  if (!key) {
    throw new AppError(
      "bad_request",
      `${SECRET_KEY_VARIABLE} on the server is not 32 bytes written as base64 or hex (it has ${value.length} characters). Make one with \`openssl rand -base64 32\`, set ${SECRET_KEY_VARIABLE} to it and restart Tuneset, or unset it to let Tuneset keep a key of its own.`,
    );
  }
  return key;
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
      `The saved key was sealed with another key than the one this server has now (\`${SECRET_KEY_VARIABLE}\`, or the \`secret-key\` file Tuneset generates beside its database). Put the original back, or save the key again on the settings page.`,
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
