import { describe, expect, it } from "vitest";
import { exactRepresentatives, findDuplicates } from "../../lib/dedup/find-duplicates";
import { lshParams } from "../../lib/dedup/lsh";
import { scopeKey, scopeTurns } from "../../lib/dedup/scope";
import { jaccard } from "../../lib/dedup/shingles";
import { signedItems } from "../../lib/dedup/sign-batch";
import { bodyShingles } from "../../lib/dedup/sign-record";
import type { LineRecord } from "../../lib/formats/schemas";
import { foundPairs, generateDedupCorpus, scorePairs } from "./dedup-corpus";
import { PLANTED_BANDS } from "./dedup-text";

// The de-duplication benchmark's recall is only as good as its truth: these check
// that the planted similarities are what the core measures, and that the parts of
// the corpus meant to be unrelated or dissimilar are.

const ROWS = 2000;
const corpus = generateDedupCorpus({ rows: ROWS, threshold: 0.5, seed: 7 });
const shingleCache = new Map<number, Uint32Array>();
function shingles(row: number): Uint32Array {
  if (!shingleCache.has(row)) shingleCache.set(row, bodyShingles(corpus.lines[row], "conversation"));
  return shingleCache.get(row)!;
}
const unitsOf = (kind: string) => corpus.truth.units.filter((u) => u.kind === kind);

function allPairs(rows: number[], visit: (x: number, y: number) => void) {
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) visit(rows[i], rows[j]);
}

describe("de-duplication benchmark corpus", () => {
  it("is the same for the same seed and different for another", () => {
    const again = generateDedupCorpus({ rows: ROWS, threshold: 0.5, seed: 7 });
    expect(again.lines).toEqual(corpus.lines);
    expect(again.truth).toEqual(corpus.truth);
    expect(generateDedupCorpus({ rows: 200, threshold: 0.5, seed: 8 }).lines).not.toEqual(corpus.lines.slice(0, 200));
  });

  it("writes chat lines of about 60-250 words with the planned mix of units", () => {
    const words = corpus.lines.map((l) => scopeTurns(JSON.parse(l) as LineRecord, "conversation").reduce((n, t) => n + t.text.split(/\s+/).length, 0));
    expect(Math.min(...words)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...words)).toBeLessThanOrEqual(300);
    const rowsOf = (kind: string) => unitsOf(kind).reduce((n, u) => n + u.rows.length, 0);
    expect(rowsOf("family")).toBeCloseTo(ROWS * 0.15, -1);
    expect(rowsOf("surface")).toBeCloseTo(ROWS * 0.03, -1);
    expect(rowsOf("hard")).toBeCloseTo(ROWS * 0.1, -1);
  });

  it("plants variants in every intended band, as the core measures them", () => {
    const { planted } = corpus.truth;
    for (const p of planted) {
      const [lo, hi] = PLANTED_BANDS[p.band];
      expect(p.similarity).toBe(jaccard(shingles(p.base), shingles(p.row)));
      expect(p.similarity).toBeGreaterThanOrEqual(lo);
      expect(p.similarity).toBeLessThan(hi);
    }
    expect(new Set(planted.map((p) => p.band)).size).toBe(PLANTED_BANDS.length);
  });

  it("lists exactly the pairs within units at or above the threshold", () => {
    const expected: string[] = [];
    for (const unit of corpus.truth.units)
      allPairs(unit.rows, (x, y) => {
        if (jaccard(shingles(x), shingles(y)) >= 0.5) expected.push(`${Math.min(x, y)}-${Math.max(x, y)}`);
      });
    const { a, b } = corpus.truth.pairs;
    expect(Array.from(a, (x, i) => `${x}-${b[i]}`).sort()).toEqual(expected.sort());
  });

  it("keeps hard negatives, sharing one long prompt, below 0.8 and the truth's maximum right", () => {
    let max = 0;
    for (const unit of unitsOf("hard")) allPairs(unit.rows, (x, y) => (max = Math.max(max, jaccard(shingles(x), shingles(y)))));
    expect(max).toBe(corpus.truth.hardNegativeMax);
    expect(max).toBeLessThan(0.8);
    // ...yet similar enough to be hard: far above unrelated text (below 0.1).
    expect(max).toBeGreaterThan(0.3);
  });

  it("gives surface copies the same exact key and differs only in what it ignores", () => {
    const key = (row: number) => scopeKey(scopeTurns(JSON.parse(corpus.lines[row]) as LineRecord, "conversation"));
    for (const { rows } of unitsOf("surface")) {
      expect(new Set(rows.map(key)).size).toBe(1);
      expect(new Set(rows.map((r) => corpus.lines[r])).size).toBe(rows.length);
    }
  });

  it("leaves background rows unrelated", () => {
    const inUnits = new Set(corpus.truth.units.flatMap((u) => u.rows));
    const background = [...Array(ROWS).keys()].filter((r) => !inUnits.has(r)).slice(0, 200);
    let max = 0;
    allPairs(background, (x, y) => (max = Math.max(max, jaccard(shingles(x), shingles(y)))));
    expect(max).toBeLessThan(0.1);
  });
});

describe("scorePairs", () => {
  const truth = {
    rows: 10,
    threshold: 0.8,
    pairs: { a: Uint32Array.from([0, 2, 4]), b: Uint32Array.from([1, 3, 5]), similarity: Float64Array.from([0.85, 0.95, 1]) },
  };

  it("scores pair precision, recall and recall per band", () => {
    const score = scorePairs(
      [
        { a: 1, b: 0, similarity: 0.85 },
        { a: 4, b: 5, similarity: 1 },
        { a: 4, b: 5, similarity: 1 },
        { a: 7, b: 8, similarity: 0.9 },
      ],
      truth,
    );
    expect(score).toMatchObject({ reported: 3, correct: 2, expected: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(score.bands.map((b) => [b.label, b.recall])).toEqual([
      ["0.5-0.6", null],
      ["0.6-0.7", null],
      ["0.7-0.8", null],
      ["0.8-0.9", 1],
      ["0.9-1", 0],
      ["1", 1],
    ]);
  });

  it("scores a real run on the corpus: every reported pair true, nearly all found", async () => {
    const threshold = 0.8;
    const { lines, truth } = generateDedupCorpus({ rows: 2000, threshold, seed: 11 });
    const lsh = lshParams(threshold);
    const items = signedItems(lines, "conversation", lsh);
    const result = await findDuplicates(items, threshold, lsh, async (ids) => new Map(ids.map((i) => [i, bodyShingles(lines[i], "conversation")])));
    const score = scorePairs(foundPairs(result, exactRepresentatives(items)), truth);
    // Every reported pair is verified, so any miss of precision is a gap in the truth.
    expect(score.precision).toBe(1);
    expect(score.expected).toBeGreaterThan(100);
    expect(score.recall).toBeGreaterThan(0.95);
    expect(score.bands.at(-1)!.recall).toBe(1);
  });
});
