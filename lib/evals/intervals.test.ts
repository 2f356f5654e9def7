import { describe, expect, it } from "vitest";
import { BOOTSTRAP_MAX_VALUES, bootstrapMean, wilson } from "./intervals";
import { seededRandom } from "./seeded-random";

describe("wilson", () => {
  it("matches published values", () => {
    // 8 of 10: the usual textbook example, [0.490, 0.943].
    expect(wilson(8, 10)).toEqual({ value: 0.8, low: expect.closeTo(0.4902, 4), high: expect.closeTo(0.9433, 4), n: 10, method: "wilson" });
    // 50 of 100: [0.404, 0.596].
    const half = wilson(50, 100)!;
    expect(half.low).toBeCloseTo(0.4038, 4);
    expect(half.high).toBeCloseTo(0.5962, 4);
  });

  it("stays inside [0, 1] at 0/n and n/n", () => {
    // Upper bound of 0/10 is z²/n / (1 + z²/n) = 0.2775.
    expect(wilson(0, 10)).toMatchObject({ value: 0, low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilson(10, 10)).toMatchObject({ value: 1, low: expect.closeTo(0.7225, 4), high: 1 });
    expect(wilson(1, 1)).toMatchObject({ low: expect.closeTo(0.2065, 4), high: 1 });
  });

  it("is symmetric between successes and failures", () => {
    for (const [k, n] of [
      [3, 17],
      [0, 5],
      [12.5, 40],
    ]) {
      expect(wilson(k, n)!.low).toBeCloseTo(1 - wilson(n - k, n)!.high, 12);
    }
  });

  it("takes fractional successes, such as ties counted as half", () => {
    const i = wilson(7.5, 10)!;
    expect(i.value).toBe(0.75);
    expect(i.low).toBeGreaterThan(wilson(7, 10)!.low);
    expect(i.high).toBeLessThan(wilson(8, 10)!.high);
  });

  it("narrows with a wider z and more data as expected", () => {
    expect(wilson(8, 10, 2.576)!.low).toBeLessThan(wilson(8, 10)!.low);
    expect(wilson(80, 100)!.high - wilson(80, 100)!.low).toBeLessThan(wilson(8, 10)!.high - wilson(8, 10)!.low);
  });

  it("is null for no trials and refuses impossible counts", () => {
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(11, 10)).toThrow(RangeError);
    expect(() => wilson(-1, 10)).toThrow(RangeError);
    expect(() => wilson(Number.NaN, 10)).toThrow(RangeError);
  });

  it("covers the true rate about 95% of the time", () => {
    const random = seededRandom(9);
    const p = 0.3;
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      let k = 0;
      for (let i = 0; i < 50; i++) if (random() < p) k++;
      const i = wilson(k, 50)!;
      if (i.low <= p && p <= i.high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.98);
  });
});

describe("bootstrapMean", () => {
  const values = [0.2, 0.9, 0.4, 0.4, 1, 0, 0.75, 0.5, 0.6, 0.3];

  it("gives the mean and an interval around it", () => {
    const i = bootstrapMean(values, { seed: 1 })!;
    expect(i.value).toBeCloseTo(0.505, 12);
    expect(i.n).toBe(10);
    expect(i.method).toBe("bootstrap");
    expect(i.low).toBeLessThan(i.value);
    expect(i.high).toBeGreaterThan(i.value);
    expect(i.low).toBeGreaterThan(0.2);
    expect(i.high).toBeLessThan(0.8);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(bootstrapMean(values, { seed: 7 })).toEqual(bootstrapMean(values, { seed: 7 }));
    expect(bootstrapMean(values, { seed: 7 })).not.toEqual(bootstrapMean(values, { seed: 8 }));
  });

  it("agrees with the normal interval on a large 0/1 sample", () => {
    // 50 of 100: standard error 0.05, so about ±0.098.
    const coin = Array.from({ length: 100 }, (_, i) => i % 2);
    const i = bootstrapMean(coin, { seed: 3 })!;
    expect(Math.abs(i.low - 0.402)).toBeLessThan(0.02);
    expect(Math.abs(i.high - 0.598)).toBeLessThan(0.02);
  });

  it("widens with a higher level", () => {
    const narrow = bootstrapMean(values, { seed: 2, level: 0.8 })!;
    const wide = bootstrapMean(values, { seed: 2, level: 0.99 })!;
    expect(wide.low).toBeLessThan(narrow.low);
    expect(wide.high).toBeGreaterThan(narrow.high);
  });

  it("collapses to the value when every value is the same, or there is one", () => {
    expect(bootstrapMean([3, 3, 3], { seed: 1 })).toMatchObject({ value: 3, low: 3, high: 3 });
    expect(bootstrapMean([42], { seed: 1, resamples: 10 })).toMatchObject({ value: 42, low: 42, high: 42, n: 1 });
  });

  it("is null for no values and refuses a level outside (0, 1)", () => {
    expect(bootstrapMean([], { seed: 1 })).toBeNull();
    expect(() => bootstrapMean(values, { seed: 1, level: 1 })).toThrow(RangeError);
    expect(() => bootstrapMean(values, { seed: 1, resamples: 0 })).toThrow(RangeError);
  });

  it("covers the true mean about 95% of the time", () => {
    const random = seededRandom(11);
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const sample = Array.from({ length: 40 }, () => random());
      const i = bootstrapMean(sample, { seed: t, resamples: 500 })!;
      if (i.low <= 0.5 && 0.5 <= i.high) covered++;
    }
    // The percentile bootstrap runs a little narrow on small samples.
    expect(covered / trials).toBeGreaterThan(0.88);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe("the interval of a mean of many values", () => {
  it("is the normal one past the bootstrap's limit, and agrees with the bootstrap just below it", () => {
    const values = Array.from({ length: BOOTSTRAP_MAX_VALUES + 1 }, (_, i) => (i % 10) / 10);
    const normal = bootstrapMean(values, { seed: 3 })!;
    expect(normal.method).toBe("normal");
    expect(normal.value).toBeCloseTo(0.45, 3);
    // s = 0.2872 for this pattern: 1.96 · s / √2001 ≈ 0.0126.
    expect(normal.high - normal.value).toBeCloseTo(0.0126, 3);
    const bootstrap = bootstrapMean(values.slice(0, BOOTSTRAP_MAX_VALUES), { seed: 3 })!;
    expect(bootstrap.method).toBe("bootstrap");
    expect(Math.abs(bootstrap.low - normal.low)).toBeLessThan(0.002);
    expect(Math.abs(bootstrap.high - normal.high)).toBeLessThan(0.002);
  });

  it("uses the level asked for", () => {
    const values = Array.from({ length: 5000 }, (_, i) => i % 2);
    const ninety = bootstrapMean(values, { seed: 1, level: 0.9 })!;
    // z(0.95) = 1.6449; s = 0.5; √5000 = 70.71.
    expect(ninety.high - ninety.value).toBeCloseTo((1.6449 * 0.50005) / 70.7107, 4);
  });
});
