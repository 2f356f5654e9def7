import { MAX_PERMUTATIONS } from "./minhash";

// Locality-sensitive hashing: the signature is cut into `bands` of `rows` values and
// two records become a candidate pair when any band matches whole. A pair of
// similarity s is found with probability 1 - (1 - s^rows)^bands, an S-curve whose
// steep part is set *below* the user's threshold: missing a pair at the threshold
// must be rare, while the pairs well below it that slip through only cost a check
// (every candidate is verified by its exact Jaccard similarity).

export type LshParams = { bands: number; rows: number };

/** A pair exactly at the threshold is found at least this often. */
export const RECALL_AT_THRESHOLD = 0.995;

export function candidateProbability(similarity: number, { bands, rows }: LshParams): number {
  return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
}

/**
 * The steepest banding (most rows per band, so fewest candidates below the threshold)
 * that still finds pairs at the threshold with RECALL_AT_THRESHOLD, within the
 * signature length. Fewer permutations also means less hashing.
 */
export function lshParams(threshold: number): LshParams {
  if (!(threshold > 0 && threshold <= 1)) throw new Error("the threshold must be above 0 and at most 1");
  // At exactly 1 every banding finds every pair; a steep one keeps the rest out.
  const t = Math.min(threshold, 0.999);
  let best: LshParams = { bands: MAX_PERMUTATIONS, rows: 1 };
  for (let rows = 1; rows <= MAX_PERMUTATIONS; rows++) {
    const p = Math.pow(t, rows);
    // Smallest band count reaching the recall target: (1 - p)^bands <= 1 - target.
    const bands = Math.ceil(Math.log(1 - RECALL_AT_THRESHOLD) / Math.log(1 - p));
    if (bands * rows > MAX_PERMUTATIONS) break;
    best = { bands, rows };
  }
  return best;
}

/** One 32-bit key per band of a signature, into `out` at `offset`. */
export function bandKeys(signature: Uint32Array, { bands, rows }: LshParams, out: Uint32Array, offset = 0): void {
  for (let b = 0; b < bands; b++) {
    let h = 0x9747b28c ^ b;
    for (let r = b * rows, end = r + rows; r < end; r++) {
      h = Math.imul(h ^ signature[r], 0x5bd1e995);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    out[offset + b] = (h ^ (h >>> 16)) >>> 0;
  }
}
