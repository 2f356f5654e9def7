// A record's signature kept small: the low 8 bits of each position (b-bit MinHash,
// Li and König 2010). Two sketches agree on a position with probability
// J + (1 - J)/256, so their agreement estimates Jaccard similarity well enough to
// set aside a candidate far below the threshold without reading it back. The
// incremental check keeps a million of them in about 100 MB.

export function writeSketch(signature: Uint32Array, positions: number, out: Uint8Array, offset: number) {
  for (let i = 0; i < positions; i++) out[offset + i] = signature[i] & 0xff;
}

/** Estimated Jaccard similarity of two sketches of `positions` bytes each. */
export function sketchSimilarity(a: Uint8Array, aAt: number, b: Uint8Array, bAt: number, positions: number): number {
  let same = 0;
  for (let i = 0; i < positions; i++) if (a[aAt + i] === b[bAt + i]) same++;
  const chance = 1 / 256;
  return Math.max(0, (same / positions - chance) / (1 - chance));
}

/** How many standard deviations below the threshold an estimate may fall and still be a candidate. */
export const SKETCH_SIGMAS = 3;

/**
 * Whether a candidate could still reach the threshold. A pair at the threshold t agrees
 * on each position with probability t, so its estimate has standard deviation
 * sqrt(t(1 - t)/n) over n independent positions. A set smaller than the signature fills
 * only some of its bins and the others copy them, so n is the bins that a union of
 * `size` shingles fills (at least the larger record's set). Three deviations set aside
 * a true pair at the threshold about once in 700: a quarter of the 0.5% that banding
 * already misses there, and far less above it; while the hard negatives that crowd
 * just under the threshold (records sharing a long system prompt, near 0.6 to 0.7 at
 * 0.8) mostly stay unread.
 */
export function mayReach(estimate: number, threshold: number, positions: number, size: number): boolean {
  const n = positions * (1 - Math.exp(-Math.max(1, size) / positions));
  return estimate >= threshold - SKETCH_SIGMAS * Math.sqrt((threshold * (1 - threshold)) / n);
}
