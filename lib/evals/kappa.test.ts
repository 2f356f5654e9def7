import { describe, expect, it } from "vitest";
import { cohensKappa, fleissKappa } from "./kappa";

/** Two raters' yes/no table: both yes, only the first yes, only the second yes, both no. */
function yesNo(bothYes: number, firstOnly: number, secondOnly: number, bothNo: number): [string, string][] {
  const repeat = (n: number, pair: [string, string]) => Array.from({ length: n }, () => pair);
  return [...repeat(bothYes, ["yes", "yes"]), ...repeat(firstOnly, ["yes", "no"]), ...repeat(secondOnly, ["no", "yes"]), ...repeat(bothNo, ["no", "no"])];
}

describe("cohensKappa", () => {
  it("matches the worked examples of Cohen's kappa", () => {
    // Observed 0.7, chance 0.5: κ = 0.4.
    expect(cohensKappa(yesNo(20, 5, 10, 15))).toBeCloseTo(0.4, 12);
    // Same observed agreement (0.6), different marginals: κ = 0.1304 and 0.2593.
    expect(cohensKappa(yesNo(45, 15, 25, 15))).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(yesNo(25, 35, 5, 35))).toBeCloseTo(0.2593, 4);
  });

  it("is 1 for perfect agreement, -1 for perfect disagreement, and the same either way round", () => {
    expect(
      cohensKappa([
        ["a", "a"],
        ["b", "b"],
        ["tie", "tie"],
      ]),
    ).toBe(1);
    expect(
      cohensKappa([
        ["a", "b"],
        ["b", "a"],
      ]),
    ).toBe(-1);
    const pairs = yesNo(20, 5, 10, 15);
    expect(cohensKappa(pairs.map(([x, y]) => [y, x] as [string, string]))).toBeCloseTo(cohensKappa(pairs)!, 12);
  });

  it("reports 1 when both raters chose one and the same category throughout, and null with nothing rated", () => {
    expect(
      cohensKappa([
        ["b", "b"],
        ["b", "b"],
      ]),
    ).toBe(1);
    expect(cohensKappa([])).toBeNull();
    // One category each, but different ones: no agreement and none expected.
    expect(cohensKappa([["a", "b"]])).toBe(0);
  });
});

describe("fleissKappa", () => {
  it("matches Fleiss's worked example (10 items, 14 raters, 5 categories): κ ≈ 0.210", () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const items = table.map((row) => row.flatMap((count, category) => Array.from({ length: count }, () => `c${category + 1}`)));
    const result = fleissKappa(items);
    expect(result.kappa).toBeCloseTo(0.2099, 4);
    expect(result).toMatchObject({ items: 10, raters: 14 });
  });

  it("handles a different number of raters per item", () => {
    // P_i = 1, 0, 1 so P̄ = 2/3; p = (4/9, 5/9) so P_e = 41/81; κ = 13/40.
    const result = fleissKappa([
      ["a", "a", "a"],
      ["a", "b"],
      ["b", "b", "b", "b"],
    ]);
    expect(result.kappa).toBeCloseTo(13 / 40, 12);
    expect(result).toMatchObject({ items: 3, raters: 4 });
  });

  it("equals Scott's pi for two raters per item", () => {
    // The 0.7-agreement table above: pooled p(yes) = 0.55, P_e = 0.505, π = 0.195 / 0.495.
    const result = fleissKappa(yesNo(20, 5, 10, 15));
    expect(result.kappa).toBeCloseTo(0.195 / 0.495, 12);
  });

  it("skips items with fewer than two ratings", () => {
    const base = fleissKappa([
      ["a", "a"],
      ["a", "b"],
      ["b", "b"],
    ]);
    expect(fleissKappa([["a", "a"], ["a"], [], ["a", "b"], ["b", "b"]])).toEqual(base);
    expect(fleissKappa([["a"], []])).toEqual({ kappa: null, items: 0, raters: 0 });
  });

  it("reports 1 when every rating is the same category", () => {
    expect(
      fleissKappa([
        ["tie", "tie"],
        ["tie", "tie", "tie"],
      ]),
    ).toEqual({ kappa: 1, items: 2, raters: 3 });
  });
});
