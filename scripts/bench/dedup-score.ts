import type { FindResult } from "../../lib/dedup/find-duplicates";

// How a de-duplication run did against the planted truth, by pair: a run is as good as
// the pairs a reviewer would see put together, and recall is reported per band of
// similarity because missing a 0.98 copy is worse than missing a borderline 0.81 one.

export type SimilarityBand = { label: string; lo: number; hi: number };

/** Bands of exact Jaccard similarity, lower bound included; the last is identical shingles. */
export const SIMILARITY_BANDS: readonly SimilarityBand[] = [
  { label: "0.5-0.6", lo: 0.5, hi: 0.6 },
  { label: "0.6-0.7", lo: 0.6, hi: 0.7 },
  { label: "0.7-0.8", lo: 0.7, hi: 0.8 },
  { label: "0.8-0.9", lo: 0.8, hi: 0.9 },
  { label: "0.9-1", lo: 0.9, hi: 1 },
  { label: "1", lo: 1, hi: Infinity },
];

/** Compared with the bounds as written: (s - 0.5) * 10 would put 0.6 itself below 0.6. */
export const bandOf = (similarity: number) => SIMILARITY_BANDS.findIndex((b) => similarity >= b.lo && similarity < b.hi);

export type RowPair = { a: number; b: number; similarity: number };

/** What scoring needs of the truth (see DedupTruth): every pair at or above the threshold, by row. */
export type PairTruth = {
  rows: number;
  threshold: number;
  pairs: { a: Uint32Array; b: Uint32Array; similarity: Float64Array };
};

/** Recall within one band, over the true pairs it holds at or above the threshold (null when none). */
export type BandScore = SimilarityBand & { expected: number; found: number; recall: number | null };

export type PairScore = {
  /** Distinct pairs the run reported. */
  reported: number;
  /** Reported pairs the truth has at or above the threshold. */
  correct: number;
  /** Pairs the truth has at or above the threshold. */
  expected: number;
  precision: number;
  recall: number;
  bands: BandScore[];
};

export function scorePairs(reported: Iterable<RowPair>, truth: PairTruth): PairScore {
  const code = (a: number, b: number) => (a < b ? a * truth.rows + b : b * truth.rows + a);
  const found = new Set<number>();
  for (const p of reported) if (p.a !== p.b) found.add(code(p.a, p.b));
  const { a, b, similarity } = truth.pairs;
  const bands: BandScore[] = SIMILARITY_BANDS.map((band) => ({ ...band, expected: 0, found: 0, recall: null }));
  let correct = 0;
  let expected = 0;
  for (let i = 0; i < a.length; i++) {
    if (similarity[i] < truth.threshold) continue;
    expected++;
    const hit = found.has(code(a[i], b[i]));
    if (hit) correct++;
    const band = bands[bandOf(similarity[i])];
    if (band) {
      band.expected++;
      if (hit) band.found++;
    }
  }
  for (const band of bands) band.recall = band.expected ? band.found / band.expected : null;
  return {
    reported: found.size,
    correct,
    expected,
    precision: found.size ? correct / found.size : 1,
    recall: expected ? correct / expected : 1,
    bands,
  };
}

/**
 * The row pairs a run puts together, as a reviewer sees them: exact copies of one
 * record pair with each other at 1, and a verified pair stands for every copy of
 * either side. `rep` is exactRepresentatives of the same items (one set, no sides).
 */
export function foundPairs(result: FindResult, rep: Uint32Array): RowPair[] {
  const copies = new Map<number, number[]>();
  for (const cluster of result.clusters)
    for (const i of cluster.members) {
      const group = copies.get(rep[i]);
      if (group) group.push(i);
      else copies.set(rep[i], [i]);
    }
  const out: RowPair[] = [];
  for (const group of copies.values())
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) out.push({ a: group[x], b: group[y], similarity: 1 });
  for (const p of result.pairs)
    for (const a of copies.get(rep[p.a]) ?? [p.a]) for (const b of copies.get(rep[p.b]) ?? [p.b]) out.push({ a, b, similarity: p.similarity });
  return out;
}
