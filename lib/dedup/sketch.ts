// A record's signature kept small: the low 8 bits of each position (b-bit MinHash,
// Li and König 2010). Two sketches agree on a position with probability
// J + (1 - J)/256, so their agreement estimates Jaccard similarity well enough to
// set aside a candidate far below the threshold without reading it back. The
// incremental check keeps a million of them in about 100 MB.

/** How many standard deviations below the threshold a sketch estimate may fall and still be a candidate. */
export const SKETCH_SIGMAS = 4;

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

/**
 * Whether a candidate could still reach the threshold. A pair exactly at the threshold
 * has an estimate with standard deviation sqrt(t(1 - t)/positions) (smaller for pairs
 * above it); four of them below the threshold sets aside a true pair about three times
 * in 100,000, while the hard negatives that crowd just under the threshold (records
 * sharing a long system prompt, near 0.6 at 0.8) mostly stay unread.
 */
export function mayReach(estimate: number, threshold: number, positions: number): boolean {
  return estimate >= threshold - SKETCH_SIGMAS * Math.sqrt((threshold * (1 - threshold)) / positions);
}
