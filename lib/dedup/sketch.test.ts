import { describe, expect, it } from "vitest";
import { minhash } from "./minhash";
import { mayReach, sketchSimilarity, writeSketch } from "./sketch";
import { random32 } from "../test/random32";

const POSITIONS = 108;

/** Sketches of two random sets over `union` values, of Jaccard similarity round(j·union)/union. */
function sketchPair(j: number, union: number, next: () => number) {
  const all = Array.from({ length: union }, next);
  const shared = Math.round(j * union);
  const onlyA = Math.floor((union - shared) / 2);
  const a = Uint32Array.from(all.slice(0, shared + onlyA)).sort();
  const b = Uint32Array.from([...all.slice(0, shared), ...all.slice(shared + onlyA)]).sort();
  const out = new Uint8Array(2 * POSITIONS);
  writeSketch(minhash(a, POSITIONS), POSITIONS, out, 0);
  writeSketch(minhash(b, POSITIONS), POSITIONS, out, POSITIONS);
  return { estimate: sketchSimilarity(out, 0, out, POSITIONS, POSITIONS), exact: shared / union, size: Math.max(a.length, b.length) };
}

/** The share of `trials` pairs at `j` over `union` values that the filter keeps at 0.8. */
function keptShare(j: number, union: number, seed: number, trials = 400) {
  const next = random32(seed);
  let kept = 0;
  for (let k = 0; k < trials; k++) {
    const p = sketchPair(j, union, next);
    if (mayReach(p.estimate, 0.8, POSITIONS, p.size)) kept++;
  }
  return kept / trials;
}

describe("signature sketches", () => {
  it("estimate similarity within a few binomial deviations", () => {
    const next = random32(5);
    for (const j of [0.5, 0.8, 1]) {
      for (let k = 0; k < 200; k++) {
        const { estimate, exact } = sketchPair(j, 400, next);
        expect(Math.abs(estimate - exact)).toBeLessThan(4 * Math.sqrt((j * (1 - j)) / POSITIONS) + 0.01);
      }
    }
  });

  it.each([15, 60, 150, 1000])("keep nearly every pair at the threshold and every pair above it, for %i shingles", (union) => {
    // Three deviations lose a pair at the threshold about once in 700.
    expect(keptShare(0.8, union, union, 1000)).toBeGreaterThan(0.99);
    expect(keptShare(0.9, union, union + 1)).toBe(1);
  });

  it("set aside pairs far below the threshold, and most of those crowding just under it", () => {
    expect(keptShare(0.3, 300, 6)).toBe(0);
    expect(keptShare(0.6, 300, 7)).toBeLessThan(0.1);
    expect(keptShare(0.75, 300, 8)).toBeGreaterThan(0.8);
  });

  it("widen the margin for small sets, whose few filled bins say less", () => {
    // Twenty shingles fill at most twenty of the 108 bins: a pair at 0.6 may well pass.
    expect(keptShare(0.6, 20, 9)).toBeGreaterThan(keptShare(0.6, 300, 9));
  });
});
