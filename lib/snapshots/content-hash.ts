import { createHash, type Hash } from "node:crypto";
import { SEED_MAX } from "../fine-tunes/fine-tune-vocabulary";

// A snapshot's content hash says whether asking again would write the same thing: the
// same records (each at the same version, status and labels, which the manifest counts
// and the split stratifies by) with the same options. An equal hash lets "Export
// approved" clicked twice download the first snapshot again instead of writing a copy.
// The seed is left out: a request that names no seed takes any split of the same
// fraction, and one that names a seed takes only a snapshot split with it.

/** Bumped when what goes into a snapshot's files changes, so older hashes stop matching. */
export const CONTENT_HASH_VERSION = 1;

export type ContentOptions = {
  datasetId: string;
  /** Decides the encoding the system-prompt summary counts with. */
  targetModel: string;
  /** 0 when not split. */
  validation: number;
  systemPrompt: string;
  replacement: string | null;
  /** The de-duplication run whose clusters group the split; null when not split or none ran. */
  groupedByRun: string | null;
};

export type ContentRow = { id: number; version: number; kind: string; status: string; labels: string; group: number | null };

export type ContentHasher = { add(row: ContentRow): void; digest(): string };

/** Fed one record at a time, in id order, so a large selection is hashed without being held. */
export function contentHasher(options: ContentOptions): ContentHasher {
  const hash: Hash = createHash("sha256");
  hash.update(JSON.stringify({ v: CONTENT_HASH_VERSION, ...options, replacement: options.replacement || null }));
  hash.update("\n");
  return {
    add: (r) => hash.update(`${r.id}\t${r.version}\t${r.kind}\t${r.status}\t${r.labels}\t${r.group ?? ""}\n`),
    digest: () => hash.digest("hex"),
  };
}

export type ReuseCandidate = { id: string; number: number; seed: number | null };

/**
 * Which of the snapshots with an equal hash a request may reuse: with no seed asked,
 * the newest; with a seed, the newest split with that seed (an unsplit snapshot has no
 * seed, and a seed means nothing to it). Null when none fits, so a new one is made.
 */
export function pickReusable<T extends ReuseCandidate>(candidates: readonly T[], request: { seed?: number; validation?: number }): T | null {
  const split = (request.validation ?? 0) > 0;
  const fits = candidates.filter((c) => !split || request.seed === undefined || c.seed === request.seed);
  return fits.reduce<T | null>((best, c) => (best === null || c.number > best.number ? c : best), null);
}

/**
 * The seed a launch from the dataset page splits with when it names none: taken from the
 * content hash, so the dialog's check and the launch that follows it split alike, and a
 * second click finds the snapshot the first launch made.
 */
export function seedFromHash(hash: string): number {
  return Number.parseInt(hash.slice(0, 12), 16) % (SEED_MAX + 1);
}
