import type { FineTuningJob } from "openai/resources/fine-tuning/jobs/jobs";

// A launch can fail after the provider created the job but before Tuneset saved its
// id (a lost answer, a restart). The next attempt must find that job instead of
// paying for a second one: it carries our key in its metadata where the provider
// keeps metadata, and it trains on the file this launch uploaded in every case.

export const IDEMPOTENCY_METADATA_KEY = "tuneset_idempotency_key";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const RANDOM_CHARACTERS = 22; // 132 bits

/** A random, URL-safe key within the launch schema's rule (8-100 of [A-Za-z0-9_-]). */
export function newIdempotencyKey(): string {
  // Web Crypto, so the dialog can make the key in the browser as well as on the server.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(RANDOM_CHARACTERS));
  // 256 is a multiple of 64, so taking six bits of each byte keeps every character equally likely.
  let key = "ts_";
  for (const b of bytes) key += ALPHABET[b & 63];
  return key;
}

export type JobIdentity = Pick<FineTuningJob, "training_file"> & { metadata?: Record<string, string> | null };

/** Whether a job listed by the provider is the one an earlier attempt of this launch created. */
export function matchesOurJob(job: JobIdentity, ours: { idempotencyKey: string; trainingFileId: string | null }): boolean {
  const key = job.metadata?.[IDEMPOTENCY_METADATA_KEY];
  if (key !== undefined && ours.idempotencyKey !== "" && key === ours.idempotencyKey) return true;
  // Each launch uploads its own training file, so a job training on it can only be ours.
  return !!ours.trainingFileId && job.training_file === ours.trainingFileId;
}
