import { radixSortPairs } from "./radix-sort";

// Candidate pairs from LSH band keys: records that share a whole band. Each band's
// keys are sorted so that a bucket is a run of equal keys; pairs are gathered from
// every band and made distinct, since a truly similar pair usually shares several.

/** In a bucket larger than this, each record is paired only with the next BUCKET_WINDOW. */
export const BUCKET_WINDOW = 1000;

export type PairList = { a: Uint32Array; b: Uint32Array };

export type CandidateOptions = {
  /** Only these items take part (1); others are skipped (exact copies of another item, empty records). */
  include?: Uint8Array;
  /** When given, only pairs whose sides differ (one record of each set, for leakage checks). */
  side?: Uint8Array;
};

/** `keys` holds `bands` keys per item, item after item. Returns distinct pairs with a < b. */
export function candidatePairs(keys: Uint32Array, items: number, bands: number, opts: CandidateOptions = {}): PairList {
  const { include, side } = opts;
  const members: number[] = [];
  for (let i = 0; i < items; i++) if (!include || include[i]) members.push(i);
  const m = members.length;
  const codes = new PairCodes(items);
  const bandKeys = new Uint32Array(m);
  const order = new Uint32Array(m);
  const sides = side ? new SideScratch(m) : null;
  for (let band = 0; band < bands; band++) {
    for (let j = 0; j < m; j++) {
      bandKeys[j] = keys[members[j] * bands + band];
      order[j] = members[j];
    }
    radixSortPairs(bandKeys, order);
    let start = 0;
    for (let j = 1; j <= m; j++) {
      if (j < m && bandKeys[j] === bandKeys[start]) continue;
      if (side && sides) pairAcrossSides(order, start, j, side, sides, codes);
      else {
        // A very large bucket (thousands of near-copies of one template) would give
        // millions of pairs; a sliding window still links all of them into one cluster.
        for (let x = start; x < j; x++) {
          const end = Math.min(j, x + 1 + BUCKET_WINDOW);
          for (let y = x + 1; y < end; y++) codes.add(order[x], order[y]);
        }
      }
      start = j;
    }
  }
  return codes.distinct();
}

/** Per side, a bucket's members in order, and for each how many of the other side precede it. */
class SideScratch {
  readonly members: [Uint32Array, Uint32Array];
  readonly before: [Uint32Array, Uint32Array];
  constructor(m: number) {
    this.members = [new Uint32Array(m), new Uint32Array(m)];
    this.before = [new Uint32Array(m), new Uint32Array(m)];
  }
}

/**
 * Across two sides, same-side neighbours are never pairs, so a window over the bucket
 * would leave a long run of one side with no partner at all (a leak hidden behind a
 * thousand near-copies). Instead each member is paired with the nearest BUCKET_WINDOW
 * members of the other side before it and after it. Below the window that is every
 * cross pair; above it, neighbours of one side share a nearest partner, so the bucket
 * stays linked. A pair the earlier member's forward window made is not added again.
 */
function pairAcrossSides(order: Uint32Array, start: number, end: number, side: Uint8Array, scratch: SideScratch, codes: PairCodes) {
  if (end - start < 2) return;
  const { members, before } = scratch;
  const count = [0, 0];
  for (let x = start; x < end; x++) {
    const s = side[order[x]];
    members[s][count[s]] = order[x];
    before[s][count[s]++] = count[1 - s];
  }
  if (count[0] === 0 || count[1] === 0) return;
  for (const s of [0, 1]) {
    const mine = members[s];
    const other = members[1 - s];
    const otherBefore = before[1 - s];
    for (let i = 0; i < count[s]; i++) {
      const at = before[s][i];
      for (let k = at, last = Math.min(count[1 - s], at + BUCKET_WINDOW); k < last; k++) codes.add(mine[i], other[k]);
      for (let k = Math.max(0, at - BUCKET_WINDOW); k < at && i - otherBefore[k] >= BUCKET_WINDOW; k++) codes.add(mine[i], other[k]);
    }
  }
}

/** Pairs as single numbers (lo · n + hi, exact below 2^53), so making them distinct is one sort. */
class PairCodes {
  private data = new Float64Array(1 << 16);
  private length = 0;
  constructor(private readonly items: number) {}

  add(x: number, y: number) {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x < y ? x * this.items + y : y * this.items + x;
  }

  distinct(): PairList {
    const sorted = this.data.subarray(0, this.length).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
    const a = new Uint32Array(unique);
    const b = new Uint32Array(unique);
    for (let i = 0; i < unique; i++) {
      a[i] = Math.floor(sorted[i] / this.items);
      b[i] = sorted[i] - a[i] * this.items;
    }
    return { a, b };
  }
}
