// A record's signature kept small: the low 8 bits of each position (b-bit MinHash,
// Li and König 2010). Two sketches agree on a position with probability
// J + (1 - J)/256, so their agreement estimates Jaccard similarity well enough to
// set aside a candidate far below the threshold without reading it back. The
// incremental check keeps a million of them in about 100 MB.

export const SKETCH_MARGIN = 0.2;

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
 * Whether a candidate could still reach the threshold. The margin is five standard
 * deviations of the estimate at 0.8 over 108 positions, so a true pair is set aside
 * about once in a million; a hard negative near 0.5 almost always is.
 */
export const mayReach = (estimate: number, threshold: number) => estimate >= threshold - SKETCH_MARGIN;
