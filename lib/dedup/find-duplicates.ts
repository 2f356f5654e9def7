import { candidatePairs, type PairList } from "./candidates";
import { mayReach, sketchSimilarity } from "./sketch";
import type { LshParams } from "./lsh";
import { radixSortPairs } from "./radix-sort";
import { jaccard } from "./shingles";
import { UnionFind } from "./union-find";

// The run itself, over records already signed (see sign-record.ts): exact copies are
// grouped by their key and stand in LSH as one record; LSH proposes candidate pairs;
// every candidate is checked by exact Jaccard similarity, so nothing below the
// threshold is reported; clusters are the transitive groups of what remains.

export type SignedItems = {
  count: number;
  /** The exact-duplicate key, 64 bits of the scope hash as two halves. */
  keyHi: Uint32Array;
  keyLo: Uint32Array;
  /** 1 where the record has no text in the scope: it matches nothing. */
  empty: Uint8Array;
  /** `bands` LSH keys per item, item after item. */
  bandKeys: Uint32Array;
  /** For a check across two sets (leakage): which set each item belongs to. */
  side?: Uint8Array;
  /** `sketchPositions` bytes per item (sketch.ts): candidates far below the threshold are set aside unread. */
  sketches?: Uint8Array;
  sketchPositions?: number;
  /** Each item's number of shingles, which the sketch filter needs with the sketches. */
  sizes?: Uint32Array;
};

export type FoundCluster = { kind: "exact" | "near"; similarity: number; members: number[] };
export type VerifiedPair = { a: number; b: number; similarity: number };
/** Seconds spent in each step, for the benchmark and the server log. */
export type FindTimings = { exactGrouping: number; candidates: number; rereading: number; verification: number; clustering: number };
export type FindResult = {
  clusters: FoundCluster[];
  pairs: VerifiedPair[];
  candidates: number;
  /** For each item, the first item with the same exact key (and side): pairs hold representatives only. */
  rep: Uint32Array;
  timings: FindTimings;
};

/** Shingle sets of some items, read again (keeping all of them in memory would not fit a million records). */
export type ShingleLookup = (item: number) => Uint32Array | undefined;
export type ShingleSource = (items: number[]) => Promise<Map<number, Uint32Array> | ShingleLookup>;

/** Above this many distinct members, a cluster's similarity is the lowest verified pair instead of every pair. */
const ALL_PAIRS_LIMIT = 300;

export async function findDuplicates(items: SignedItems, threshold: number, lsh: LshParams, shingles: ShingleSource): Promise<FindResult> {
  const { count, empty, side } = items;
  const clock = stopwatch();
  const rep = exactRepresentatives(items);
  const include = new Uint8Array(count);
  for (let i = 0; i < count; i++) include[i] = rep[i] === i && !empty[i] ? 1 : 0;
  const exactGrouping = clock();

  const all = candidatePairs(items.bandKeys, count, lsh.bands, { include, side });
  const candidates = closeEnough(all, items, threshold);
  const involved = new Set<number>();
  for (let i = 0; i < candidates.a.length; i++) involved.add(candidates.a[i]).add(candidates.b[i]);
  const candidateSeconds = clock();
  const got = await shingles([...involved].sort((x, y) => x - y));
  // Looked up once per item: a candidate's set is read for each of its many pairs.
  const byItem: (Uint32Array | undefined)[] = new Array(count);
  for (const i of involved) byItem[i] = typeof got === "function" ? got(i) : got.get(i);
  const sets: ShingleLookup = (i) => byItem[i];
  const rereading = clock();

  const uf = new UnionFind(count);
  const pairs: VerifiedPair[] = [];
  // Exact copies: in one set, each joins its representative; across two sets, the
  // representatives of one key on either side are a pair of similarity 1.
  const repOfKey = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (empty[i]) continue;
    if (rep[i] !== i) uf.union(i, rep[i]);
    else if (side) {
      const key = `${items.keyHi[i]}:${items.keyLo[i]}`;
      const other = repOfKey.get(key);
      if (other === undefined) repOfKey.set(key, i);
      else {
        uf.union(i, other);
        pairs.push({ a: other, b: i, similarity: 1 });
      }
    }
  }
  const sameKey = (a: number, b: number) => items.keyHi[a] === items.keyHi[b] && items.keyLo[a] === items.keyLo[b];
  for (let i = 0; i < candidates.a.length; i++) {
    const a = candidates.a[i];
    const b = candidates.b[i];
    // Only across two sets can two representatives share a key: that pair is in already.
    if (side && sameKey(a, b)) continue;
    const similarity = jaccard(sets(a)!, sets(b)!);
    if (similarity < threshold) continue;
    pairs.push({ a, b, similarity });
    uf.union(a, b);
  }

  const verification = clock();
  let groups = uf.groups((i) => !empty[i]);
  if (side) groups = groups.filter((g) => g.some((i) => side[i] === 0) && g.some((i) => side[i] === 1));
  const clusters = groups.map((members) => describe(members, rep, sets, pairs, uf, sameKey));
  clusters.sort((x, y) => y.members.length - x.members.length || y.similarity - x.similarity || x.members[0] - y.members[0]);
  const timings = { exactGrouping, candidates: candidateSeconds, rereading, verification, clustering: clock() };
  return { clusters, pairs, candidates: all.a.length, rep, timings };
}

/**
 * The candidate pairs whose sketches say they may reach the threshold. Records that
 * share only a long system prompt collide in some band often enough to make most
 * candidates; their sketches set them aside before their sets are read and compared.
 * Only pairs three standard deviations below the threshold are dropped (sketch.ts),
 * and what is reported is still only what its exact Jaccard similarity confirms.
 */
export function closeEnough(all: PairList, items: SignedItems, threshold: number): PairList {
  const { sketches, sketchPositions: positions, sizes } = items;
  if (!sketches || !positions || !sizes) return all;
  const keep: number[] = [];
  for (let i = 0; i < all.a.length; i++) {
    const a = all.a[i];
    const b = all.b[i];
    const sameKey = items.keyHi[a] === items.keyHi[b] && items.keyLo[a] === items.keyLo[b];
    if (sameKey || mayReach(sketchSimilarity(sketches, a * positions, sketches, b * positions, positions), threshold, positions, Math.max(sizes[a], sizes[b])))
      keep.push(i);
  }
  return { a: Uint32Array.from(keep, (i) => all.a[i]), b: Uint32Array.from(keep, (i) => all.b[i]) };
}

/** Seconds since the last call (or since creation). */
function stopwatch() {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const s = (now - last) / 1000;
    last = now;
    return s;
  };
}

function describe(
  members: number[],
  rep: Uint32Array,
  sets: ShingleLookup,
  pairs: VerifiedPair[],
  uf: UnionFind,
  sameKey: (a: number, b: number) => boolean,
): FoundCluster {
  // By key, not by representative: across two sets each side has its own representative.
  if (members.every((i) => sameKey(i, members[0]))) return { kind: "exact", similarity: 1, members };
  const reps = [...new Set(members.map((i) => rep[i]))];
  let lowest = 1;
  if (reps.length <= ALL_PAIRS_LIMIT) {
    for (let x = 0; x < reps.length; x++) for (let y = x + 1; y < reps.length; y++) lowest = Math.min(lowest, similarityOf(reps[x], reps[y], sets));
  } else {
    const root = uf.find(members[0]);
    for (const p of pairs) if (uf.find(p.a) === root) lowest = Math.min(lowest, p.similarity);
  }
  return { kind: "near", similarity: lowest, members };
}

function similarityOf(a: number, b: number, sets: ShingleLookup): number {
  const x = sets(a);
  const y = sets(b);
  // Every representative of a near cluster took part in a verified pair, so has its set.
  return x && y ? jaccard(x, y) : 0;
}

/**
 * For each item, the first item (in index order) with the same exact key and side.
 * Sorted by the key's upper half with two radix passes instead of a Map of strings
 * (this runs over every record of a run); the rare runs of equal upper halves are
 * then split by the lower half. Plain loops: typed-array `from` with a map function
 * cost more than the sort at a million items.
 */
export function exactRepresentatives({ count, keyHi, keyLo, side }: SignedItems): Uint32Array {
  const order = new Uint32Array(count);
  const rep = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = rep[i] = i;
  const hi = keyHi.slice();
  radixSortPairs(hi, order);
  let start = 0;
  for (let j = 1; j <= count; j++) {
    if (j < count && hi[j] === hi[start]) continue;
    if (j - start > 1) groupRun(order, start, j, keyLo, side, rep);
    start = j;
  }
  return rep;
}

/** Items order[start..end) share the upper half of their key; ascending by index (the sort is stable). */
function groupRun(order: Uint32Array, start: number, end: number, keyLo: Uint32Array, side: Uint8Array | undefined, rep: Uint32Array) {
  const first = new Map<string, number>();
  for (let x = start; x < end; x++) {
    const i = order[x];
    const key = `${keyLo[i]}:${side ? side[i] : 0}`;
    const r = first.get(key);
    if (r === undefined) first.set(key, i);
    else rep[i] = r;
  }
}
