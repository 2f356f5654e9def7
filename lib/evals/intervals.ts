import { seededRandom } from "./seeded-random";

// Every figure of an evaluation report comes with a 95% interval, since a win rate
// over 40 examples says little without one. Proportions use Wilson's score interval,
// which stays inside [0, 1] and behaves at 0/n and n/n where the normal one does not;
// means of unbounded values (F1, word counts) use a seeded percentile bootstrap, and
// past a few thousand values the normal interval it converges to (the bootstrap would
// redraw every value thousands of times on each read of a large report).

export type Interval = { value: number; low: number; high: number; n: number; method: "wilson" | "bootstrap" | "normal" };

/** Above this many values a mean's interval is the normal one (mean ± z·s/√n). */
export const BOOTSTRAP_MAX_VALUES = 2_000;

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
export function bootstrapMean(values: readonly number[], opts: { seed: number; resamples?: number; level?: number }): Interval | null {
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
  if (n > BOOTSTRAP_MAX_VALUES) return normalMean(values, mean, level);
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

/** The central limit theorem's interval for a mean of many values. */
function normalMean(values: readonly number[], mean: number, level: number): Interval {
  const n = values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  const se = Math.sqrt(squares / (n - 1) / n);
  const z = normalQuantile(1 - (1 - level) / 2);
  return { value: mean, low: mean - z * se, high: mean + z * se, n, method: "normal" };
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
