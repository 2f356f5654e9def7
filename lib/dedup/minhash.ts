// MinHash: for each of a family of random permutations of the 32-bit hash space, the
// smallest permuted shingle. Two sets agree on one position with probability equal to
// their Jaccard similarity. The permutations are x ↦ a·x + b mod 2³² with odd a (a
// bijection), seeded once so every process, run and persisted index agrees.

export const MAX_PERMUTATIONS = 128;

function splitmix32(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const next = splitmix32(0x7e5e7);
const MUL = Uint32Array.from({ length: MAX_PERMUTATIONS }, () => next() | 1);
const ADD = Uint32Array.from({ length: MAX_PERMUTATIONS }, () => next());

/** The first `permutations` MinHash values of a shingle set (all 0xffffffff when empty). */
export function minhash(shingles: Uint32Array, permutations: number, out = new Uint32Array(permutations)): Uint32Array {
  if (permutations > MAX_PERMUTATIONS) throw new Error(`at most ${MAX_PERMUTATIONS} permutations`);
  // Permutation by permutation, so the running minimum stays in a register.
  const n = shingles.length;
  for (let i = 0; i < permutations; i++) {
    const a = MUL[i];
    const b = ADD[i];
    let min = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const h = (Math.imul(a, shingles[j]) + b) >>> 0;
      if (h < min) min = h;
    }
    out[i] = min;
  }
  return out;
}

/** The share of positions on which two signatures agree: an estimate of Jaccard similarity. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
