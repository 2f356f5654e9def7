// Agreement between annotators beyond what chance would give: 1 is perfect, 0 is
// chance, below 0 is worse than chance. Both measures share one edge case: when every
// rating falls in one category, chance agreement is total and kappa is 0/0. We report
// 1 then, since nothing the raters did disagrees; the counts beside it show how thin
// the evidence is.

function tally<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Cohen's kappa for two raters, one [first rater's, second rater's] category per
 * item. Null with no items.
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  let agreed = 0;
  for (const [x, y] of pairs) if (x === y) agreed++;
  const first = tally(pairs.map((p) => p[0]));
  const second = tally(pairs.map((p) => p[1]));
  // Both raters always chose the same single category.
  if (first.size === 1 && second.size === 1 && agreed === n) return 1;
  const observed = agreed / n;
  let expected = 0;
  for (const [category, count] of first) expected += (count / n) * ((second.get(category) ?? 0) / n);
  return (observed - expected) / (1 - expected);
}

/**
 * Fleiss' kappa for items rated by varying numbers of raters: each item lists the
 * categories its raters chose. Items with fewer than two ratings say nothing about
 * agreement and are skipped. `raters` is the most ratings any counted item has.
 */
export function fleissKappa(items: readonly (readonly string[])[]): { kappa: number | null; items: number; raters: number } {
  let counted = 0;
  let raters = 0;
  let agreementSum = 0;
  let ratings = 0;
  const totals = new Map<string, number>();
  for (const item of items) {
    const n = item.length;
    if (n < 2) continue;
    counted++;
    raters = Math.max(raters, n);
    ratings += n;
    let squares = 0;
    for (const [category, count] of tally(item)) {
      squares += count * count;
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
    // P_i: the share of the item's rater pairs that agree.
    agreementSum += (squares - n) / (n * (n - 1));
  }
  if (counted === 0) return { kappa: null, items: 0, raters: 0 };
  if (totals.size === 1) return { kappa: 1, items: counted, raters };
  const observed = agreementSum / counted;
  let expected = 0;
  for (const count of totals.values()) expected += (count / ratings) ** 2;
  return { kappa: (observed - expected) / (1 - expected), items: counted, raters };
}
