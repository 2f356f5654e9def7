import { describe, expect, it } from "vitest";
import { histogramEdges, withEdge } from "./histogram-bins";

/** Every value of [min, max] lies in exactly one bin, and the bins count is sensible. */
function expectCovers(edges: number[], min: number, max: number) {
  expect(edges[0]).toBeLessThanOrEqual(min);
  expect(edges[edges.length - 1]).toBeGreaterThan(max);
  for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1]);
  expect(edges.every(Number.isInteger)).toBe(true);
  expect(edges.length - 1).toBeLessThanOrEqual(32);
}

describe("histogram edges", () => {
  it("spaces token counts from 10 to 60,000 by nice numbers on a log scale, in 20 to 30 bins", () => {
    const edges = histogramEdges(10, 60_000);
    expectCovers(edges, 10, 60_000);
    expect(edges.length - 1).toBeGreaterThanOrEqual(20);
    expect(edges.length - 1).toBeLessThanOrEqual(30);
    expect(edges).toContain(1000);
    expect(edges).toContain(10_000);
    // Each mantissa is one a person reads at a glance.
    for (const e of edges) expect([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8]).toContain(e / 10 ** Math.floor(Math.log10(e)));
  });

  it("starts a log scale at 0 when the smallest value is 0", () => {
    const edges = histogramEdges(0, 5000);
    expectCovers(edges, 0, 5000);
    expect(edges.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it("gives each value its own bar when there are few, such as turns", () => {
    expect(histogramEdges(1, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(histogramEdges(0, 31)).toHaveLength(33);
  });

  it("picks an even step of 1, 2, 2.5 or 5 times a power of ten for a range that is wide but not many-fold", () => {
    const edges = histogramEdges(200, 900);
    expectCovers(edges, 200, 900);
    expect(edges[1] - edges[0]).toBe(25);
    expect(edges.length - 1).toBe(29);
  });

  it("gives one bin to a single value and none to no value", () => {
    expect(histogramEdges(7, 7)).toEqual([7, 8]);
    expect(histogramEdges(Infinity, -Infinity)).toEqual([]);
  });

  it("adds the per-example limit as an edge only when it splits a bin", () => {
    expect(withEdge([0, 10, 20, 50], 31)).toEqual([0, 10, 20, 31, 50]);
    expect(withEdge([0, 10, 20], 20)).toEqual([0, 10, 20]);
    expect(withEdge([0, 10, 20], 25)).toEqual([0, 10, 20]);
  });
});
