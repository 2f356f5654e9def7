import type { SignedItems } from "./find-duplicates";
import type { LshParams } from "./lsh";
import type { DedupScope } from "./scope";
import { bodyShingles, signBody } from "./sign-record";

// Batches of records signed or shingled at once, as flat typed arrays: they cross
// from a worker thread to the run without copying (transferred), and a million of
// them stay a few arrays rather than a million objects.

/** A stored record; `contentHash` is the whole conversation's exact key, kept on every record since import. */
export type BodyRow = { id: number; body: string; contentHash?: string | null };

export type SignedBatch = {
  ids: Int32Array;
  keyHi: Uint32Array;
  keyLo: Uint32Array;
  empty: Uint8Array;
  /** `bands` keys per record, record after record. */
  bandKeys: Uint32Array;
  /** `bands·rows` bytes per record: the signature's sketch (see sketch.ts). */
  sketches: Uint8Array;
  /** Each record's number of shingles: how far its sketch can be trusted (sketch.ts). */
  sizes: Uint32Array;
  /** The records' shingle sets, when asked to keep them (record i: data[offsets[i]..offsets[i+1]]). */
  shingles?: ShingleBatch;
};

export type ShingleBatch = { ids: Int32Array; offsets: Uint32Array; data: Uint32Array };

export function signRows(rows: readonly BodyRow[], scope: DedupScope, lsh: LshParams, keepShingles = false): SignedBatch {
  const n = rows.length;
  const out: SignedBatch = {
    ids: new Int32Array(n),
    keyHi: new Uint32Array(n),
    keyLo: new Uint32Array(n),
    empty: new Uint8Array(n),
    bandKeys: new Uint32Array(n * lsh.bands),
    sketches: new Uint8Array(n * lsh.bands * lsh.rows),
    sizes: new Uint32Array(n),
  };
  const positions = lsh.bands * lsh.rows;
  const sets: Uint32Array[] = [];
  for (let i = 0; i < n; i++) {
    const s = signBody(rows[i].body, { scope, lsh }, out.bandKeys, i * lsh.bands, rows[i].contentHash, { out: out.sketches, offset: i * positions });
    out.ids[i] = rows[i].id;
    out.keyHi[i] = s.keyHi;
    out.keyLo[i] = s.keyLo;
    out.empty[i] = s.empty ? 1 : 0;
    out.sizes[i] = s.shingles?.length ?? 0;
    if (keepShingles) sets.push(s.shingles ?? new Uint32Array(0));
  }
  if (keepShingles) out.shingles = packSets(out.ids, sets);
  return out;
}

function packSets(ids: Int32Array, sets: readonly Uint32Array[]): ShingleBatch {
  const offsets = new Uint32Array(sets.length + 1);
  for (let i = 0; i < sets.length; i++) offsets[i + 1] = offsets[i] + sets[i].length;
  const data = new Uint32Array(offsets[sets.length]);
  sets.forEach((set, i) => data.set(set, offsets[i]));
  return { ids, offsets, data };
}

export function shingleRows(rows: readonly BodyRow[], scope: DedupScope): ShingleBatch {
  return packSets(
    Int32Array.from(rows, (r) => r.id),
    rows.map((r) => bodyShingles(r.body, scope)),
  );
}

/** The batch's sets by record id (views into its data, no copies). */
export function shingleMap(batch: ShingleBatch, into = new Map<number, Uint32Array>()): Map<number, Uint32Array> {
  for (let i = 0; i < batch.ids.length; i++) into.set(batch.ids[i], batch.data.subarray(batch.offsets[i], batch.offsets[i + 1]));
  return into;
}

/** Concatenates signed batches in order (a lone non-empty batch is returned as it is: at a million records a copy is 200 MB). */
export function joinBatches(batches: readonly SignedBatch[], bands: number): SignedBatch {
  const filled = batches.filter((b) => b.ids.length > 0);
  if (filled.length === 1) return filled[0];
  const n = batches.reduce((sum, b) => sum + b.ids.length, 0);
  const out: SignedBatch = {
    ids: new Int32Array(n),
    keyHi: new Uint32Array(n),
    keyLo: new Uint32Array(n),
    empty: new Uint8Array(n),
    bandKeys: new Uint32Array(n * bands),
    sketches: new Uint8Array(batches.reduce((sum, b) => sum + b.sketches.length, 0)),
    sizes: new Uint32Array(n),
  };
  let at = 0;
  let sketchAt = 0;
  for (const b of batches) {
    out.ids.set(b.ids, at);
    out.keyHi.set(b.keyHi, at);
    out.keyLo.set(b.keyLo, at);
    out.empty.set(b.empty, at);
    out.sizes.set(b.sizes, at);
    out.bandKeys.set(b.bandKeys, at * bands);
    out.sketches.set(b.sketches, sketchAt);
    sketchAt += b.sketches.length;
    at += b.ids.length;
  }
  return out;
}

/** Bodies held in memory, signed into what a run takes (tests and the benchmark; a real run reads batches from the database). */
export function signedItems(bodies: readonly string[], scope: DedupScope, lsh: LshParams, side?: readonly number[]): SignedItems {
  const bandKeys = new Uint32Array(bodies.length * lsh.bands);
  const signed = bodies.map((body, i) => signBody(body, { scope, lsh }, bandKeys, i * lsh.bands));
  return {
    count: bodies.length,
    keyHi: Uint32Array.from(signed, (s) => s.keyHi),
    keyLo: Uint32Array.from(signed, (s) => s.keyLo),
    empty: Uint8Array.from(signed, (s) => (s.empty ? 1 : 0)),
    bandKeys,
    side: side && Uint8Array.from(side),
  };
}
