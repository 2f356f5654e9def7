import { describe, expect, it } from "vitest";
import { minhash } from "./minhash";
import { mayReach, sketchSimilarity, writeSketch } from "./sketch";
import { random32 } from "../test/random32";

const POSITIONS = 108;

function sketchPair(j: number, union: number, next: () => number) {
  const all = Array.from({ length: union }, next);
  const shared = Math.round(j * union);
  const onlyA = Math.floor((union - shared) / 2);
  const a = Uint32Array.from(all.slice(0, shared + onlyA)).sort();
  const b = Uint32Array.from([...all.slice(0, shared), ...all.slice(shared + onlyA)]).sort();
  const out = new Uint8Array(2 * POSITIONS);
  writeSketch(minhash(a, POSITIONS), POSITIONS, out, 0);
  writeSketch(minhash(b, POSITIONS), POSITIONS, out, POSITIONS);
  return { estimate: sketchSimilarity(out, 0, out, POSITIONS, POSITIONS), exact: shared / union };
}

describe("signature sketches", () => {
  it("estimate similarity closely enough that no pair at the threshold is set aside", () => {
    const next = random32(5);
    for (const j of [0.8, 0.9, 1]) {
      for (let k = 0; k < 200; k++) {
        const { estimate, exact } = sketchPair(j, 200, next);
        expect(Math.abs(estimate - exact)).toBeLessThan(0.2);
        expect(mayReach(estimate, 0.8, POSITIONS)).toBe(true);
      }
    }
  });

  it("set aside most pairs far below the threshold, and most of those just under it", () => {
    const next = random32(6);
    const kept = (j: number) => {
      let n = 0;
      for (let k = 0; k < 400; k++) if (mayReach(sketchPair(j, 200, next).estimate, 0.8, POSITIONS)) n++;
      return n / 400;
    };
    expect(kept(0.3)).toBe(0);
    // Four standard deviations under 0.8 over 108 positions is 0.646: a pair at 0.6 is kept about one time in six.
    expect(kept(0.6)).toBeLessThan(0.3);
    expect(kept(0.75)).toBeGreaterThan(0.9);
  });
});
