import { seededRandom } from "./seeded-random";

// Every figure of an evaluation report comes with a 95% interval, since a win rate
// over 40 examples says little without one. Proportions use Wilson's score interval,
// which stays inside [0, 1] and behaves at 0/n and n/n where the normal one does not;
// means of unbounded values (F1, word counts) use a seeded percentile bootstrap.

export type Interval = { value: number; low: number; high: number; n: number; method: "wilson" | "bootstrap" };

/**
 * Wilson's score interval for `successes` out of `n`. Successes may be fractional (a
 * tie counted as half a win). Null when there is nothing to count.
 */
export function wilson(successes: number, n: number, z = 1.96): Interval | null {
  if (n === 0) return null;
  if (!(n > 0) || !(successes >= 0 && successes <= n)) {
    throw new RangeError(`wilson: expected 0 ≤ successes ≤ n, got ${successes} of ${n}`);
  }
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return {
    value: p,
    // At 0/n and n/n the bound is exactly 0 or 1; rounding would leave a speck either side.
    low: successes === 0 ? 0 : Math.max(0, center - half),
    high: successes === n ? 1 : Math.min(1, center + half),
    n,
    method: "wilson",
  };
}

/** The q-quantile of sorted values, interpolating between neighbours (R's type 7). */
function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/**
 * The mean with a percentile bootstrap interval: `resamples` means of samples drawn
 * with replacement, cut at the tails. The same seed and values give the same interval.
 * Null for no values.
 */
export function bootstrapMean(
  values: readonly number[],
  opts: { seed: number; resamples?: number; level?: number },
): Interval | null {
  const n = values.length;
  if (n === 0) return null;
  const resamples = opts.resamples ?? 2000;
  const level = opts.level ?? 0.95;
  if (!(level > 0 && level < 1) || !(resamples >= 1)) {
    throw new RangeError(`bootstrapMean: expected 0 < level < 1 and resamples ≥ 1, got ${level} and ${resamples}`);
  }
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  const random = seededRandom(opts.seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[Math.floor(random() * n)];
    means[r] = s / n;
  }
  means.sort();
  const tail = (1 - level) / 2;
  return { value: mean, low: quantile(means, tail), high: quantile(means, 1 - tail), n, method: "bootstrap" };
}
