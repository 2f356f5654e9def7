import { describe, expect, it } from "vitest";
import { estimateSimilarity, MAX_PERMUTATIONS, minhash } from "./minhash";
import { random32 } from "../test/random32";

/**
 * Two sorted sets over `union` distinct random values that share exactly
 * round(j · union) of them, like the hashed shingles of two records.
 */
function pairWithJaccard(next: () => number, j: number, union: number) {
  const values = new Set<number>();
  while (values.size < union) values.add(next());
  const all = [...values];
  const shared = Math.round(j * union);
  const onlyA = Math.floor((union - shared) / 2);
  const a = Uint32Array.from(all.slice(0, shared + onlyA)).sort();
  const b = Uint32Array.from([...all.slice(0, shared), ...all.slice(shared + onlyA)]).sort();
  return { a, b, exact: shared / union };
}

const P = MAX_PERMUTATIONS;
const error = (p: { a: Uint32Array; b: Uint32Array; exact: number }) => estimateSimilarity(minhash(p.a, P), minhash(p.b, P)) - p.exact;

describe("minhash", () => {
  it.each([0.2, 0.5, 0.8, 0.95])("estimates a Jaccard similarity of %f within 4.5 binomial sigmas", (j) => {
    // Each of the 128 positions agrees with probability J, so the estimate is a
    // binomial share with standard deviation sqrt(J(1-J)/128).
    const next = random32(Math.round(j * 1000));
    const bound = 4.5 * Math.sqrt((j * (1 - j)) / P);
    for (let k = 0; k < 20; k++) {
      const pair = pairWithJaccard(next, j, 300);
      expect(Math.abs(error(pair))).toBeLessThanOrEqual(bound);
    }
  });

  it("is unbiased: the mean error over many pairs is near zero", () => {
    // The mean of 1000 errors of sd ≤ 0.045 has sd ≈ 0.0014, so a bias of 0.01 (a
    // poor permutation family, an off-by-one in the estimate) would show.
    const next = random32(42);
    let sum = 0;
    let n = 0;
    for (const j of [0.3, 0.5, 0.7, 0.9]) for (let k = 0; k < 250; k++, n++) sum += error(pairWithJaccard(next, j, 200));
    expect(Math.abs(sum / n)).toBeLessThan(0.006);
  });

  it("gives equal sets equal signatures and disjoint sets almost no agreement", () => {
    const next = random32(7);
    const { a } = pairWithJaccard(next, 1, 250);
    const other = pairWithJaccard(next, 1, 250).a;
    expect(estimateSimilarity(minhash(a, P), minhash(a.slice(), P))).toBe(1);
    expect(estimateSimilarity(minhash(a, P), minhash(other, P))).toBeLessThan(0.05);
  });

  it("fills every position of a small set's signature from its own shingles", () => {
    // One shingle lands in one bin; every other bin borrows it, so no position is left empty.
    const one = minhash(Uint32Array.from([12345]), 108);
    expect(new Set(one).size).toBe(1);
    expect(one[0]).not.toBe(0xffffffff);
    expect(() => minhash(one, P + 1)).toThrow();
  });

  it("stays unbiased for sets smaller than the signature (most bins borrow)", () => {
    const next = random32(11);
    let sum = 0;
    let n = 0;
    for (const j of [0.5, 0.8])
      for (let k = 0; k < 400; k++, n++) {
        const pair = pairWithJaccard(next, j, 30);
        sum += estimateSimilarity(minhash(pair.a, 108), minhash(pair.b, 108)) - pair.exact;
      }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
  });
});
