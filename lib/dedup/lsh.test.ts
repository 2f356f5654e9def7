import { describe, expect, it } from "vitest";
import { bandKeys, candidateProbability, lshParams, RECALL_AT_THRESHOLD } from "./lsh";
import { MAX_PERMUTATIONS } from "./minhash";

const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

describe("lshParams", () => {
  it.each(THRESHOLDS)("at %f fits the signature and finds pairs at the threshold", (t) => {
    const p = lshParams(t);
    expect(p.bands * p.rows).toBeLessThanOrEqual(MAX_PERMUTATIONS);
    expect(candidateProbability(t, p)).toBeGreaterThanOrEqual(RECALL_AT_THRESHOLD);
    // The S-curve's midpoint sits below the threshold: pairs just above it are not at risk.
    expect(Math.pow(1 / p.bands, 1 / p.rows)).toBeLessThan(t);
  });

  it("bands more steeply for higher thresholds", () => {
    const rows = THRESHOLDS.map((t) => lshParams(t).rows);
    for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThanOrEqual(rows[i - 1]);
    // Not flat: the point of a threshold-specific banding is fewer candidates far below it.
    expect(rows[rows.length - 1]).toBeGreaterThan(rows[0]);
    expect(candidateProbability(0.5, lshParams(0.95))).toBeLessThan(0.01);
  });

  it("works at a threshold of 1 and rejects thresholds outside (0, 1]", () => {
    const p = lshParams(1);
    expect(p.bands * p.rows).toBeLessThanOrEqual(MAX_PERMUTATIONS);
    expect(candidateProbability(1, p)).toBe(1);
    for (const bad of [0, -0.1, 1.01, Number.NaN]) expect(() => lshParams(bad)).toThrow();
  });
});

describe("bandKeys", () => {
  it("gives equal bands equal keys and a changed row a changed key", () => {
    const params = { bands: 4, rows: 3 };
    const signature = Uint32Array.from({ length: 12 }, (_, i) => i * 7919);
    const a = new Uint32Array(4);
    const b = new Uint32Array(5);
    bandKeys(signature, params, a);
    const changed = signature.slice();
    changed[4] ^= 1; // in band 1
    bandKeys(changed, params, b, 1);
    expect([...b.subarray(1)].map((k, i) => k === a[i])).toEqual([true, false, true, true]);
  });

  it("keys equal rows in different bands differently, so bands never match each other", () => {
    const keys = new Uint32Array(3);
    bandKeys(new Uint32Array(6).fill(5), { bands: 3, rows: 2 }, keys);
    expect(new Set(keys).size).toBe(3);
  });
});
