// Bin edges for the statistics page's histograms. Every value charted is a whole
// number of 0 or more (tokens, assistant tokens, turns), and each bin is [edge, next
// edge), the same half-open range the table's tokensMin/tokensMax filter means, so a
// bar links to exactly its records. Edges are "nice" numbers a person reads at a
// glance; token counts span 10 to 60,000 in one dataset, so wide ranges get
// log-spaced edges and narrow ones evenly spaced edges.

/** Aim for about this many bars; never more than MAX_BINS. */
const TARGET_BINS = 24;
const MAX_BINS = 32;
/** From this max/min ratio up, even steps would squeeze most records into the first bars. */
const LOG_FROM_RATIO = 12;

/** Nice mantissas per decade, coarse to fine; the one closest to TARGET_BINS wins. */
const LOG_SERIES = [
  [1, 2, 5],
  [1, 1.5, 2, 3, 5, 7],
  [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8],
] as const;
const LINEAR_STEPS = [1, 2, 2.5, 5] as const;

/**
 * Edges e0 < e1 < … < en with e0 ≤ min and en > max, so every value in [min, max]
 * falls in exactly one bin [e_i, e_i+1). Empty when there is no value (min > max).
 */
export function histogramEdges(min: number, max: number): number[] {
  if (!(min <= max)) return [];
  const lo = Math.max(0, Math.floor(min));
  const hi = Math.floor(max);
  // Few enough distinct values (turns, mostly): one bar each.
  if (hi - lo < MAX_BINS) return Array.from({ length: hi - lo + 2 }, (_, i) => lo + i);
  return hi / Math.max(lo, 1) >= LOG_FROM_RATIO ? logEdges(lo, hi) : linearEdges(lo, hi);
}

function linearEdges(lo: number, hi: number): number[] {
  let best: number[] = [];
  for (let magnitude = 1; magnitude <= hi * 10; magnitude *= 10) {
    for (const m of LINEAR_STEPS) {
      const step = m * magnitude;
      if (!Number.isInteger(step)) continue;
      const start = Math.floor(lo / step) * step;
      const bins = Math.floor(hi / step) - start / step + 1;
      if (bins > MAX_BINS) continue;
      const edges = Array.from({ length: bins + 1 }, (_, i) => start + i * step);
      if (!best.length || Math.abs(bins - TARGET_BINS) < Math.abs(best.length - 1 - TARGET_BINS)) best = edges;
    }
  }
  return best;
}

function logEdges(lo: number, hi: number): number[] {
  let best: number[] = [];
  for (const series of LOG_SERIES) {
    const edges = niceLogEdges(series, lo, hi);
    if (edges.length - 1 > MAX_BINS) continue;
    if (!best.length || Math.abs(edges.length - 1 - TARGET_BINS) < Math.abs(best.length - 1 - TARGET_BINS)) best = edges;
  }
  // The coarsest series always fits short of astronomically wide ranges; fall back to it.
  return best.length ? best : niceLogEdges(LOG_SERIES[0], lo, hi);
}

/** Whole-number edges from `series` × 10^k: the largest one ≤ lo (or 0) up to the first one > hi. */
function niceLogEdges(series: readonly number[], lo: number, hi: number): number[] {
  const values: number[] = [];
  for (let magnitude = 1; values.length === 0 || values[values.length - 1] <= hi; magnitude *= 10) {
    for (const m of series) {
      const v = m * magnitude;
      // Below 10 only whole numbers can be edges: a bin [1, 1.5) would hold the same records as [1, 2).
      if (Number.isInteger(v) && (values.length === 0 || v > values[values.length - 1])) values.push(v);
    }
  }
  const first = values.findLastIndex((v) => v <= lo);
  const last = values.findIndex((v) => v > hi);
  return [...(first === -1 ? [0] : []), ...values.slice(Math.max(first, 0), last + 1)];
}

/** The edges with `value` added as one more edge, when it falls strictly inside them. */
export function withEdge(edges: readonly number[], value: number): number[] {
  if (edges.length < 2 || value <= edges[0] || value >= edges[edges.length - 1] || edges.includes(value)) return [...edges];
  return [...edges, value].sort((a, b) => a - b);
}
