import type Database from "better-sqlite3";
import { radixSortPairs } from "../../dedup/radix-sort";
import type { SignedBatch } from "../../dedup/sign-batch";

// The persisted LSH index of a run: per band, sorted band keys with the record ids
// beside them, stored as blobs. A lookup is a binary search, so checking a new
// record against a million is a few dozen probes, and the index loads in one read
// per segment instead of a million rows. The exact-duplicate key is stored as one
// more band (EXACT_BAND), so copies are found the same way.

export const EXACT_BAND = -1;
/** Not a band: each record's signature sketch by id (ids ascending), for the incremental check's cheap filter. */
export const SKETCH_BAND = -2;
/** Above this many segments in a band, they are merged into one. */
const MAX_SEGMENTS = 8;

export type Segment = { keys: Uint32Array; ids: Int32Array };
export type SketchSegment = { ids: Int32Array; data: Uint8Array };
export type RunIndex = { runId: string; bands: Map<number, Segment[]>; sketches: SketchSegment[] };

/** The sketches of the signed records that have text in the scope, by ascending id. */
export function sketchesOf(batch: SignedBatch, positions: number): SketchSegment {
  const live: number[] = [];
  let ascending = true;
  for (let i = 0; i < batch.ids.length; i++) {
    if (batch.empty[i]) continue;
    if (live.length && batch.ids[i] < batch.ids[live[live.length - 1]]) ascending = false;
    live.push(i);
  }
  // A run signs in id order: usually the batch already is the segment.
  if (ascending && live.length === batch.ids.length) return { ids: batch.ids, data: batch.sketches };
  if (!ascending) live.sort((x, y) => batch.ids[x] - batch.ids[y]);
  const data = new Uint8Array(live.length * positions);
  live.forEach((i, k) => data.set(batch.sketches.subarray(i * positions, (i + 1) * positions), k * positions));
  return { ids: Int32Array.from(live, (i) => batch.ids[i]), data };
}

/** One segment per band (and the exact key) for the signed records that have text in the scope. */
export function segmentsOf(batch: SignedBatch, bands: number): Map<number, Segment> {
  const live: number[] = [];
  for (let i = 0; i < batch.ids.length; i++) if (!batch.empty[i]) live.push(i);
  const out = new Map<number, Segment>();
  for (let band = EXACT_BAND; band < bands; band++) {
    const keys = Uint32Array.from(live, (i) => (band === EXACT_BAND ? batch.keyHi[i] : batch.bandKeys[i * bands + band]));
    const ids = Uint32Array.from(live, (i) => batch.ids[i]);
    radixSortPairs(keys, ids);
    out.set(band, { keys, ids: new Int32Array(ids.buffer) });
  }
  return out;
}

const blob = (a: Uint32Array | Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function view<T extends Uint32Array | Int32Array>(b: Buffer, make: (buf: ArrayBuffer, offset: number, length: number) => T): T {
  // Typed arrays need 4-byte alignment; a pooled Buffer may not have it.
  const aligned = b.byteOffset % 4 === 0 ? b : Buffer.from(b);
  return make(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.byteLength / 4);
}

export function writeSketches(db: Database.Database, runId: string, sketches: SketchSegment) {
  if (!sketches.ids.length) return;
  db.prepare(`INSERT INTO DedupIndexSegment (runId, band, keys, ids, count) VALUES (?, ?, ?, ?, ?)`).run(
    runId,
    SKETCH_BAND,
    Buffer.from(sketches.data.buffer, sketches.data.byteOffset, sketches.data.byteLength),
    blob(sketches.ids),
    sketches.ids.length,
  );
  cache.get(runId)?.sketches.push(sketches);
}

export function writeSegments(db: Database.Database, runId: string, segments: Map<number, Segment>) {
  const insert = db.prepare(`INSERT INTO DedupIndexSegment (runId, band, keys, ids, count) VALUES (?, ?, ?, ?, ?)`);
  for (const [band, s] of segments) if (s.keys.length) insert.run(runId, band, blob(s.keys), blob(s.ids), s.keys.length);
  const cached = cache.get(runId);
  if (!cached) return;
  for (const [band, s] of segments) {
    if (!s.keys.length) continue;
    const list = cached.bands.get(band);
    if (list) list.push(s);
    else cached.bands.set(band, [s]);
  }
}

// One index held in memory per run, kept in step with the segments this process writes.
const g = globalThis as unknown as { tunesetDedupIndex?: Map<string, RunIndex> };
const cache = (g.tunesetDedupIndex ??= new Map());

export function loadIndex(db: Database.Database, runId: string): RunIndex {
  const hit = cache.get(runId);
  if (hit) return hit;
  // Segment by segment in id order: sorting the rows themselves would copy every blob
  // into a temporary b-tree first (that tripled the load time at a million records).
  const segmentIds = db.prepare(`SELECT id FROM DedupIndexSegment WHERE runId = ? ORDER BY id`).pluck().all(runId) as number[];
  const read = db.prepare(`SELECT band, keys, ids FROM DedupIndexSegment WHERE id = ?`);
  const index: RunIndex = { runId, bands: new Map(), sketches: [] };
  for (const segmentId of segmentIds) {
    const r = read.get(segmentId) as { band: number; keys: Buffer; ids: Buffer };
    if (r.band === SKETCH_BAND) {
      index.sketches.push({
        ids: view(r.ids, (b, o, l) => new Int32Array(b, o, l)),
        data: new Uint8Array(r.keys.buffer, r.keys.byteOffset, r.keys.byteLength),
      });
      continue;
    }
    const s = { keys: view(r.keys, (b, o, l) => new Uint32Array(b, o, l)), ids: view(r.ids, (b, o, l) => new Int32Array(b, o, l)) };
    const list = index.bands.get(r.band);
    if (list) list.push(s);
    else index.bands.set(r.band, [s]);
  }
  // Only the latest run of a dataset is ever checked against: one index in memory is enough.
  cache.clear();
  cache.set(runId, index);
  return index;
}

/**
 * Keeps the index a run has just written in memory, as loading it would give: the
 * first check after a run in the same process (the server's) does not read it back.
 */
export function cacheIndex(runId: string, segments: Map<number, Segment>, sketches: SketchSegment) {
  const bands = new Map<number, Segment[]>();
  for (const [band, s] of segments) if (s.keys.length) bands.set(band, [s]);
  cache.clear();
  cache.set(runId, { runId, bands, sketches: sketches.ids.length ? [sketches] : [] });
}

export function forgetIndex(runId: string) {
  cache.delete(runId);
}

/**
 * For each query key, calls `found(query, id)` with every id stored under it in one band,
 * across the band's segments. The queries are visited in key order, so each search
 * starts where the last one ended: a batch of lookups walks each segment once, forward,
 * instead of jumping across megabytes of keys at random.
 */
export function lookupAll(index: RunIndex, band: number, keys: Uint32Array, found: (query: number, id: number) => void) {
  const segments = index.bands.get(band);
  if (!segments) return;
  const sorted = keys.slice();
  const order = new Uint32Array(keys.length);
  for (let q = 0; q < order.length; q++) order[q] = q;
  radixSortPairs(sorted, order);
  for (const s of segments) {
    let from = 0;
    for (let k = 0; k < sorted.length; k++) {
      const key = sorted[k];
      from = firstAtLeast(s.keys, key, from);
      for (let i = from; i < s.keys.length && s.keys[i] === key; i++) found(order[k], s.ids[i]);
    }
  }
}

/** The first position at or after `from` whose key is at least `key`: galloping, then binary search. */
function firstAtLeast(keys: Uint32Array, key: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < keys.length && keys[hi] < key) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, keys.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (keys[mid] < key) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** The newest sketch of a record (an edited record has a newer one), or null when it has none. */
export function sketchOf(index: RunIndex, id: number, positions: number): { data: Uint8Array; at: number } | null {
  for (let k = index.sketches.length - 1; k >= 0; k--) {
    const s = index.sketches[k];
    const at = positionOf(s.ids, id);
    if (at >= 0) return { data: s.data, at: at * positions };
  }
  return null;
}

/**
 * Where `id` is in ascending `ids`, or -1. A dataset's ids are nearly consecutive, so
 * the first guess is where the id would be if they were, and a short search finishes.
 */
function positionOf(ids: Int32Array, id: number): number {
  const n = ids.length;
  if (n === 0 || id < ids[0] || id > ids[n - 1]) return -1;
  const guess = ids[n - 1] === ids[0] ? 0 : Math.floor(((id - ids[0]) / (ids[n - 1] - ids[0])) * (n - 1));
  // Widen a window around the guess until it holds the id, then search inside it.
  let lo = guess;
  let hi = guess;
  for (let step = 1; lo > 0 && ids[lo] > id; step *= 2) lo = Math.max(0, guess - step);
  for (let step = 1; hi < n - 1 && ids[hi] < id; step *= 2) hi = Math.min(n - 1, guess + step);
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] === id) return mid;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Merges a band's segments into one once there are too many (each lookup probes all of them). */
export function compactIndex(db: Database.Database, runId: string) {
  const index = loadIndex(db, runId);
  for (const [band, segments] of index.bands) {
    if (segments.length <= MAX_SEGMENTS) continue;
    const n = segments.reduce((sum, s) => sum + s.keys.length, 0);
    const keys = new Uint32Array(n);
    const ids = new Uint32Array(n);
    let at = 0;
    for (const s of segments) {
      keys.set(s.keys, at);
      ids.set(new Uint32Array(s.ids.buffer, s.ids.byteOffset, s.ids.length), at);
      at += s.keys.length;
    }
    radixSortPairs(keys, ids);
    const merged = { keys, ids: new Int32Array(ids.buffer) };
    db.prepare(`DELETE FROM DedupIndexSegment WHERE runId = ? AND band = ?`).run(runId, band);
    db.prepare(`INSERT INTO DedupIndexSegment (runId, band, keys, ids, count) VALUES (?, ?, ?, ?, ?)`).run(runId, band, blob(merged.keys), blob(merged.ids), n);
    index.bands.set(band, [merged]);
  }
}
