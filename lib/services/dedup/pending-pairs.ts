import type { LshParams } from "../../dedup/lsh";
import type { SignedBatch } from "../../dedup/sign-batch";
import { candidatePairs } from "../../dedup/candidates";
import { closeEnough, exactRepresentatives, type SignedItems } from "../../dedup/find-duplicates";
import { EXACT_BAND, lookupAll, sketchOf, type RunIndex } from "../../db/dedup/dedup-index";
import { mayReach, sketchSimilarity } from "../../dedup/sketch";

// Where the incremental check (check-pending.ts) finds its candidate pairs: among the
// new records, and between them and the run's persisted index. Both work on what is
// already in memory; the check verifies each pair by exact Jaccard afterwards.

/**
 * Candidate pairs among the new records themselves, found as a run finds them: copies
 * pair with their first copy, the rest by shared bands (a bucket windowed the same way)
 * and the sketch filter.
 */
export function pairsInBatch(signed: SignedBatch, lsh: LshParams, threshold: number): [number, number][] {
  const n = signed.ids.length;
  const positions = lsh.bands * lsh.rows;
  const items: SignedItems = {
    count: n,
    keyHi: signed.keyHi,
    keyLo: signed.keyLo,
    empty: signed.empty,
    bandKeys: signed.bandKeys,
    sketches: signed.sketches,
    sketchPositions: positions,
    sizes: signed.sizes,
  };
  const rep = exactRepresentatives(items);
  const include = new Uint8Array(n);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (signed.empty[i]) continue;
    if (rep[i] === i) include[i] = 1;
    else out.push([signed.ids[i], signed.ids[rep[i]]]);
  }
  const banded = closeEnough(candidatePairs(signed.bandKeys, n, lsh.bands, { include }), items, threshold);
  for (let k = 0; k < banded.a.length; k++) out.push([signed.ids[banded.a[k]], signed.ids[banded.b[k]]]);
  return out;
}

/**
 * Candidate pairs of a new record with the indexed ones: those sharing its exact key or
 * a band. A banded candidate whose sketch is far below the threshold is set aside
 * unread: reading back every record that shares a long system prompt with a new one
 * was most of the check's time.
 */
export function pairsWithIndex(signed: SignedBatch, index: RunIndex, { bands, rows }: LshParams, threshold: number): [number, number][] {
  const n = signed.ids.length;
  const positions = bands * rows;
  const out: [number, number][] = [];
  // A hit is coded as (indexed id)·n + (new record), exact below 2^53.
  const exact = new Set<number>();
  lookupAll(index, EXACT_BAND, signed.keyHi, (i, other) => {
    if (signed.empty[i] || other === signed.ids[i] || exact.has(other * n + i)) return;
    exact.add(other * n + i);
    out.push([signed.ids[i], other]);
  });
  let hits = new Float64Array(1 << 16);
  let count = 0;
  const keys = new Uint32Array(n);
  for (let b = 0; b < bands; b++) {
    for (let i = 0; i < n; i++) keys[i] = signed.bandKeys[i * bands + b];
    lookupAll(index, b, keys, (i, other) => {
      if (count === hits.length) {
        const bigger = new Float64Array(hits.length * 2);
        bigger.set(hits);
        hits = bigger;
      }
      hits[count++] = other * n + i;
    });
  }
  // In order of the indexed id, so the sketches are read front to back (at a million
  // records, jumping between them cost more than comparing them); a true pair shares
  // several bands, and is weighed once.
  const sorted = hits.subarray(0, count).sort();
  for (let k = 0; k < sorted.length; k++) {
    const code = sorted[k];
    if (k > 0 && code === sorted[k - 1]) continue;
    // Both fit 32 bits (ids are Int32): small integers index typed arrays on the fast path.
    const other = Math.floor(code / n) | 0;
    const i = (code - other * n) | 0;
    if (signed.empty[i] || other === signed.ids[i] || exact.has(code)) continue;
    const sketch = sketchOf(index, other, positions);
    // The new record's size bounds the pair's union from below (sketch.ts).
    if (!sketch || mayReach(sketchSimilarity(signed.sketches, i * positions, sketch.data, sketch.at, positions), threshold, positions, signed.sizes[i]))
      out.push([signed.ids[i], other]);
  }
  return out;
}
