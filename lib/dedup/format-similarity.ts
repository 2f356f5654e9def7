// Similarity as the pages print it: two decimals, rounded down, so a pair just under a
// threshold never reads as meeting it. Exact copies are 1.00 by definition; a near
// cluster can be 1.00 too (same words, different punctuation, which shingles ignore).

export function formatSimilarity(similarity: number, kind: "exact" | "near" | string = "near"): string {
  if (kind === "exact") return "1.00";
  // The epsilon keeps 0.29 (0.28999… in binary) from printing as 0.28.
  return (Math.floor(similarity * 100 + 1e-9) / 100).toFixed(2);
}

/**
 * Why a cluster's members read as the same, where "1.00" alone would puzzle: exact
 * copies match once case and spacing are normalised; a near cluster at 1.00 has the
 * same words, since shingles set punctuation aside as well. Null below 1.00.
 */
export function similarityNote(similarity: number, kind: "exact" | "near" | string): string | null {
  if (kind === "exact") return "identical after normalising case and spacing";
  return formatSimilarity(similarity, kind) === "1.00" ? "identical after normalising case, spacing and punctuation" : null;
}
