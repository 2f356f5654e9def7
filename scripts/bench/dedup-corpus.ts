import type { ChatLine } from "../../lib/formats/schemas";
import { jaccard, shingleSet } from "../../lib/dedup/shingles";
import { DEFAULT_SEED, writeLinesFile, type CorpusFile } from "./corpus";
import { seededRandom, type Random } from "./prng";
import { bandOf, SIMILARITY_BANDS, type PairTruth } from "./dedup-score";
import {
  conversation,
  hardNegative,
  hardNegativePrompt,
  plantVariant,
  PLANTED_BANDS,
  quickShingles,
  recordShingles,
  render,
  surfaceCopy,
  type Conversation,
} from "./dedup-text";

export { foundPairs, scorePairs, SIMILARITY_BANDS, type PairScore, type RowPair } from "./dedup-score";

// A seeded chat corpus with planted duplicates, for measuring de-duplication recall
// and precision. Rows belong to units scattered over the file: near-duplicate
// families (a base and variants edited to a target similarity), surface copies
// (what an exact duplicate ignores), and hard-negative groups (one long system
// prompt, different exchanges); the rest is unrelated background. Every member of
// a unit can be generated on its own from the seed, so a million lines stream in
// constant memory, and the truth is measured on the same records, unit by unit.

export type DedupCorpusOptions = { rows: number; threshold: number; seed?: number };

const SHARE = { family: 0.15, surface: 0.03, hard: 0.1 };
type Kind = "family" | "surface" | "hard";

export type PlantedVariant = { row: number; base: number; band: number; similarity: number };

/** `pairs` holds every pair at or above the threshold: what a perfect run reports. */
export type DedupTruth = PairTruth & {
  seed: number;
  /** Pairs per similarity band, whatever the threshold (how many hard negatives sit just below it, say). */
  bands: { label: string; lo: number; hi: number; pairs: number }[];
  /** Each variant of a family with the band it was aimed at and its measured similarity to the base. */
  planted: PlantedVariant[];
  units: { kind: Kind; rows: number[] }[];
  /** The most similar pair within any hard-negative group (they are meant to stay below 0.8). */
  hardNegativeMax: number;
};

function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ p, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

// Seeds are hashed, not added: mulberry32 from seeds n and n + k gives shifted copies of one stream.
const TAG = { layout: 1, background: 2, unit: 3 };
const rng = (seed: number, tag: number, a: number, b = 0): Random => seededRandom(mix(seed, tag, a, b));
/** The group prompt of a hard-negative unit is drawn apart from its members (members are 0..499). */
const GROUP = 0xffff;

type Layout = { kind: Kind[]; rows: number[][]; rowUnit: Int32Array; rowMember: Uint16Array };

function layout(rows: number, seed: number): Layout {
  const r = rng(seed, TAG.layout, 0);
  const kind: Kind[] = [];
  const sizes: number[] = [];
  const plan = (k: Kind, budget: number, min: number, max: number) => {
    for (let left = budget; left >= min; left -= sizes[sizes.length - 1]) {
      const size = Math.min(left, r.int(min, max));
      kind.push(k);
      // A remainder too small for a unit of its own joins this one when that still fits.
      sizes.push(left - size < min && left <= max ? left : size);
    }
  };
  plan("family", Math.round(rows * SHARE.family), 2, 6);
  plan("surface", Math.round(rows * SHARE.surface), 2, 3);
  const hard = Math.round(rows * SHARE.hard);
  plan("hard", hard, Math.max(2, Math.min(100, hard)), 500);
  // Members land anywhere in the file, as copies do in real data.
  const order = Uint32Array.from({ length: rows }, (_, i) => i);
  for (let i = rows - 1; i > 0; i--) {
    const j = r.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rowUnit = new Int32Array(rows).fill(-1);
  const rowMember = new Uint16Array(rows);
  const unitRows: number[][] = [];
  let next = 0;
  sizes.forEach((size, u) => {
    const members = Array.from(order.subarray(next, (next += size)));
    members.forEach((row, m) => {
      rowUnit[row] = u;
      rowMember[row] = m;
    });
    unitRows.push(members);
  });
  return { kind, rows: unitRows, rowUnit, rowMember };
}

function familyBase(seed: number, u: number): { base: Conversation; set: Uint32Array } {
  const r = rng(seed, TAG.unit, u, 0);
  const base = conversation(r, r.int(60, 250));
  return { base, set: quickShingles(base) };
}

function familyVariant(seed: number, u: number, m: number, family: { base: Conversation; set: Uint32Array }) {
  const r = rng(seed, TAG.unit, u, m);
  const band = r.int(0, PLANTED_BANDS.length - 1);
  return { band, record: render(plantVariant(family.base, family.set, r, band)) };
}

function surfaceOriginal(seed: number, u: number): ChatLine {
  const r = rng(seed, TAG.unit, u, 0);
  return render(conversation(r, r.int(60, 250)));
}

function hardMember(seed: number, u: number, m: number): ChatLine {
  const { prompt, level } = hardNegativePrompt(rng(seed, TAG.unit, u, GROUP));
  return hardNegative(prompt, level, rng(seed, TAG.unit, u, m));
}

/** One member of a unit, generated from the seed alone. */
function member(seed: number, kind: Kind, u: number, m: number): ChatLine {
  if (kind === "hard") return hardMember(seed, u, m);
  if (kind === "surface") return m === 0 ? surfaceOriginal(seed, u) : surfaceCopy(surfaceOriginal(seed, u), rng(seed, TAG.unit, u, m));
  const family = familyBase(seed, u);
  return m === 0 ? render(family.base) : familyVariant(seed, u, m, family).record;
}

function background(seed: number, row: number): ChatLine {
  const r = rng(seed, TAG.background, row);
  return render(conversation(r, r.int(60, 250)));
}

/**
 * Exact Jaccard similarity of every pair of a hard-negative group, without merging
 * every pair of sets (a group of 500 has 124,750 pairs). Every member holds the
 * shared prompt's shingles P, so A ∩ B is P plus what the rest of A and B share;
 * the rests are drawn at random, so an index over them finds the few shared ones.
 */
function groupSimilarities(records: ChatLine[], visit: (x: number, y: number, similarity: number) => void) {
  const prompt = records[0].messages[0];
  const common = new Set(shingleSet([{ role: prompt.role, text: prompt.content as string }]));
  const sets = records.map(recordShingles);
  const g = sets.length;
  const extra = new Map<number, number>();
  const holders = new Map<number, number[]>();
  sets.forEach((set, x) => {
    let held = 0;
    for (const v of set) {
      if (common.has(v)) {
        held++;
        continue;
      }
      const list = holders.get(v);
      if (!list) holders.set(v, [x]);
      else {
        for (const y of list) extra.set(y * g + x, (extra.get(y * g + x) ?? 0) + 1);
        list.push(x);
      }
    }
    if (held !== common.size) throw new Error("a hard negative lost part of its group's prompt");
  });
  for (let x = 0; x < g; x++)
    for (let y = x + 1; y < g; y++) {
      const shared = common.size + (extra.get(x * g + y) ?? 0);
      visit(x, y, shared / (sets[x].length + sets[y].length - shared));
    }
}

export function dedupCorpus({ rows, threshold, seed = DEFAULT_SEED }: DedupCorpusOptions) {
  if (!(threshold > 0 && threshold <= 1)) throw new Error("the threshold must be above 0 and at most 1");
  const plan = layout(rows, seed);

  function* lines(): Generator<string> {
    for (let row = 0; row < rows; row++) {
      const u = plan.rowUnit[row];
      yield JSON.stringify(u < 0 ? background(seed, row) : member(seed, plan.kind[u], u, plan.rowMember[row]));
    }
  }

  /**
   * Exact Jaccard similarity of every pair within each unit. Pairs across units and
   * among background rows are taken as unrelated: their text is drawn independently
   * from a vocabulary of some 20,000 words, so they share next to no shingles.
   */
  function truth(): DedupTruth {
    const a: number[] = [];
    const b: number[] = [];
    const similarity: number[] = [];
    const planted: PlantedVariant[] = [];
    const bands = SIMILARITY_BANDS.map((band) => ({ ...band, pairs: 0 }));
    let hardNegativeMax = 0;
    plan.kind.forEach((kind, u) => {
      const unitRows = plan.rows[u];
      const visit = (x: number, y: number, s: number) => {
        if (kind === "hard") hardNegativeMax = Math.max(hardNegativeMax, s);
        const band = bandOf(s);
        if (band >= 0) bands[band].pairs++;
        if (s < threshold) return;
        a.push(Math.min(unitRows[x], unitRows[y]));
        b.push(Math.max(unitRows[x], unitRows[y]));
        similarity.push(s);
      };
      if (kind === "hard")
        return groupSimilarities(
          unitRows.map((_, m) => hardMember(seed, u, m)),
          visit,
        );
      let records: ChatLine[];
      const aimed: number[] = [];
      if (kind === "family") {
        const family = familyBase(seed, u);
        records = [render(family.base)];
        for (let m = 1; m < unitRows.length; m++) {
          const v = familyVariant(seed, u, m, family);
          records.push(v.record);
          aimed.push(v.band);
        }
      } else records = unitRows.map((_, m) => member(seed, kind, u, m));
      const sets = records.map(recordShingles);
      for (let x = 0; x < sets.length; x++) for (let y = x + 1; y < sets.length; y++) visit(x, y, jaccard(sets[x], sets[y]));
      aimed.forEach((band, i) => planted.push({ row: unitRows[i + 1], base: unitRows[0], band, similarity: jaccard(sets[0], sets[i + 1]) }));
    });
    return {
      rows,
      seed,
      threshold,
      pairs: { a: Uint32Array.from(a), b: Uint32Array.from(b), similarity: Float64Array.from(similarity) },
      bands,
      planted,
      units: plan.kind.map((kind, u) => ({ kind, rows: plan.rows[u] })),
      hardNegativeMax,
    };
  }

  return { lines, truth };
}

/** The whole corpus in memory: for tests and runs up to a few hundred thousand rows. */
export function generateDedupCorpus(opts: DedupCorpusOptions): { lines: string[]; truth: DedupTruth } {
  const corpus = dedupCorpus(opts);
  return { lines: [...corpus.lines()], truth: corpus.truth() };
}

/** Streams the corpus to a JSONL file (a million rows need not fit in memory) and returns the truth beside it. */
export async function writeDedupCorpusFile(path: string, opts: DedupCorpusOptions): Promise<{ file: CorpusFile; truth: DedupTruth }> {
  const corpus = dedupCorpus(opts);
  const file = await writeLinesFile(path, corpus.lines(), opts.rows);
  return { file, truth: corpus.truth() };
}
