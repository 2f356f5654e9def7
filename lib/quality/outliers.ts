// Length outliers: examples whose token count is far outside the dataset's own
// distribution (a pasted log file among short chats, an empty exchange among
// long ones). Token counts are skewed to the right, so the rule is Tukey's
// far-out fences (3 × IQR beyond the quartiles) taken on the logarithm of the
// count: in plain numbers the fences are q1·(q1/q3)³ and q3·(q3/q1)³.

/** Fewer counted examples than this and quartiles say nothing. */
export const MIN_EXAMPLES_FOR_OUTLIERS = 20;
const FENCE_IQRS = 3;
// A set of near-identical lengths would otherwise call a few extra tokens an
// outlier; the spread between the quartiles is taken as at least 1.5×.
const MIN_QUARTILE_RATIO = 1.5;

export type TokenFences = { low: number; high: number };

/** Records with tokens < low or > high are outliers. */
export function outlierFences(q1: number, q3: number): TokenFences {
  const lower = Math.max(1, q1);
  const ratio = Math.max(MIN_QUARTILE_RATIO, Math.max(lower, q3) / lower);
  const spread = ratio ** FENCE_IQRS;
  return { low: Math.floor(lower / spread), high: Math.ceil(Math.max(lower, q3) * spread) };
}

export function isOutlier(tokens: number, fences: TokenFences): boolean {
  return tokens < fences.low || tokens > fences.high;
}

/** Index of the q-quantile in a sorted list of n values (nearest rank, lower). */
export function quantileIndex(n: number, q: number): number {
  return Math.min(n - 1, Math.max(0, Math.floor(q * (n - 1))));
}
