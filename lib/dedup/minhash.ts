// MinHash signatures by one-permutation hashing with optimal densification (Li, Owen
// and Zhang 2012; Shrivastava 2017): one hash per shingle spreads the shingles over
// `bins` ranges of the 32-bit space and each bin keeps its smallest value, so a
// signature costs one pass over the set instead of one pass per position. A bin left
// empty borrows the value of the first non-empty bin on a fixed pseudo-random probe
// sequence, the same for every record, which keeps the estimate unbiased: two sets
// agree on a position with probability equal to their Jaccard similarity.

export const MAX_PERMUTATIONS = 128;

const EMPTY = 0xffffffff;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

// Probe sequences for empty bins, per signature length: probe[k][i·PROBES + a] is the
// a-th bin bin i looks at. Computed once per length; every process agrees.
const PROBES = 64;
const probeTables = new Map<number, Uint16Array>();
function probes(bins: number): Uint16Array {
  let table = probeTables.get(bins);
  if (!table) {
    table = new Uint16Array(bins * PROBES);
    for (let i = 0; i < bins; i++) for (let a = 0; a < PROBES; a++) table[i * PROBES + a] = mix((i + 1) * 0x9e3779b9 + a * 0x85ebca6b + bins) % bins;
    probeTables.set(bins, table);
  }
  return table;
}

/** A signature of `bins` positions (all 0xffffffff for an empty set). */
export function minhash(shingles: Uint32Array, bins: number, out = new Uint32Array(bins)): Uint32Array {
  if (bins > MAX_PERMUTATIONS) throw new Error(`at most ${MAX_PERMUTATIONS} positions`);
  out.fill(EMPTY, 0, bins);
  const n = shingles.length;
  if (n === 0) return out;
  for (let j = 0; j < n; j++) {
    // The shingles are hashes already; mixing again keeps bins independent of how they were made.
    const h = mix(shingles[j] ^ 0x5bd1e995);
    const bin = Math.floor((h / 4294967296) * bins);
    if (h < out[bin]) out[bin] = h;
  }
  const table = probes(bins);
  for (let i = 0; i < bins; i++) {
    if (out[i] !== EMPTY && bin(out[i], bins) === i) continue;
    out[i] = borrow(out, i, bins, table);
  }
  return out;
}

/** Which bin a stored value came from (a borrowed value names another bin). */
const bin = (h: number, bins: number) => Math.floor((h / 4294967296) * bins);

function borrow(out: Uint32Array, i: number, bins: number, table: Uint16Array): number {
  for (let a = 0; a < PROBES; a++) {
    const j = table[i * PROBES + a];
    // Only bins filled by a shingle lend: a value borrowed earlier names its own bin.
    if (out[j] !== EMPTY && bin(out[j], bins) === j) return out[j];
  }
  // Probes exhausted (a set of a shingle or two in many bins): the first filled bin.
  for (let j = 0; j < bins; j++) if (out[j] !== EMPTY && bin(out[j], bins) === j) return out[j];
  return EMPTY;
}

/** The share of positions on which two signatures agree: an estimate of Jaccard similarity. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
