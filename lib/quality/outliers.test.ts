import { describe, expect, it } from "vitest";
import { isOutlier, outlierFences, quantileIndex } from "./outliers";

describe("length outliers", () => {
  it("puts the fences three quartile spreads out on a log scale", () => {
    // q3/q1 = 2, so the fences sit a factor 2³ = 8 beyond the quartiles.
    expect(outlierFences(100, 200)).toEqual({ low: 12, high: 1600 });
  });

  it("flags examples beyond the fences and keeps those inside", () => {
    const fences = outlierFences(100, 200);
    expect(isOutlier(1601, fences)).toBe(true);
    expect(isOutlier(11, fences)).toBe(true);
    expect(isOutlier(1600, fences)).toBe(false);
    expect(isOutlier(12, fences)).toBe(false);
    expect(isOutlier(150, fences)).toBe(false);
  });

  it("does not call a few extra tokens an outlier when every example is the same length", () => {
    const fences = outlierFences(300, 300);
    expect(isOutlier(340, fences)).toBe(false);
    expect(isOutlier(300 * 1.5 ** 3 + 1, fences)).toBe(true);
  });

  it("copes with a quartile of zero tokens", () => {
    const fences = outlierFences(0, 10);
    expect(fences.low).toBe(0);
    expect(isOutlier(10_001, fences)).toBe(true);
  });

  it("picks the lower nearest rank for a quantile", () => {
    expect(quantileIndex(5, 0.25)).toBe(1);
    expect(quantileIndex(5, 0.75)).toBe(3);
    expect(quantileIndex(1, 0.9)).toBe(0);
  });
});
