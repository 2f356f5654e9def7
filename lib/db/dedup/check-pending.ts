import type Database from "better-sqlite3";
import { sqlite } from "../client";
import { jaccard } from "../../dedup/shingles";
import { parseBody } from "../../dedup/sign-record";
import { scopeKey, scopeTurns, type DedupScope } from "../../dedup/scope";
import { shingleSet } from "../../dedup/shingles";
import { signRows, type BodyRow } from "../../dedup/sign-batch";
import { UnionFind } from "../../dedup/union-find";
import { compactIndex, EXACT_BAND, loadIndex, lookup, segmentsOf, sketchesOf, sketchOf, writeSegments, writeSketches } from "./dedup-index";
import { mayReach, sketchSimilarity } from "../../dedup/sketch";
import { readIds } from "./read-bodies";

// The incremental check: records imported or edited after a dataset's run are signed
// and looked up in the run's persisted index (never re-signing the dataset), verified
// by exact Jaccard like the run's own candidates, and joined to the run's clusters:
// a record that matches members of two clusters merges them. Its band keys are then
// appended to the index, so the next import is checked against it too.

type Run = { id: string; datasetId: string; scope: DedupScope; threshold: number; bands: number; rows: number };
type Known = { set: Uint32Array; key: string | null };

/** Above this many distinct members, a cluster's similarity is not recomputed over every pair. */
const PAIRWISE_LIMIT = 300;

/** Checks up to `limit` pending records of one dataset; returns how many it checked (0: nothing pending). */
export function checkPendingDuplicates(limit = 2000): number {
  const db = sqlite();
  const datasetId = db.prepare(`SELECT datasetId FROM DedupPending LIMIT 1`).pluck().get() as string | undefined;
  if (!datasetId) return 0;
  const run = db
    .prepare(
      `SELECT id, datasetId, scope, threshold, bands, rows FROM DedupRun
       WHERE datasetId = ? AND status = 'done' AND againstDatasetId IS NULL ORDER BY startedAt DESC LIMIT 1`,
    )
    .get(datasetId) as Run | undefined;
  const pending = db.prepare(`SELECT conversationId FROM DedupPending WHERE datasetId = ? ORDER BY conversationId LIMIT ?`).pluck().all(datasetId, limit) as number[];
  if (run) checkRecords(db, run, readIds(db, pending));
  db.prepare(`DELETE FROM DedupPending WHERE conversationId IN (SELECT value FROM json_each(?))`).run(JSON.stringify(pending));
  return pending.length;
}

/** Seconds per step of the last check in this process, added up over its batches (for the benchmark). */
export const lastCheckSeconds: Record<string, number> = {};
const timed = <T>(step: string, f: () => T): T => {
  const started = performance.now();
  try {
    return f();
  } finally {
    lastCheckSeconds[step] = (lastCheckSeconds[step] ?? 0) + (performance.now() - started) / 1000;
  }
};

function checkRecords(db: Database.Database, run: Run, rows: BodyRow[]) {
  const lsh = { bands: run.bands, rows: run.rows };
  const signed = timed("signing", () => signRows(rows, run.scope, lsh));
  const index = timed("loading index", () => loadIndex(db, run.id));
  const known = new Map<number, Known>();
  const remember = (r: BodyRow) => {
    const record = parseBody(r.body);
    const turns = record ? scopeTurns(record, run.scope) : [];
    known.set(r.id, { set: shingleSet(turns), key: scopeKey(turns) });
  };
  timed("shingling", () => rows.forEach(remember));

  // Candidates: the index's records sharing a band or the exact key, and the batch's own
  // records with each other. A stored candidate whose sketch is far below the threshold
  // is set aside unread: reading back every record that shares a long system prompt
  // with a new one was most of the check's time.
  const positions = lsh.bands * lsh.rows;
  const candidates = new Map<number, Set<number>>();
  const batchBuckets = new Map<string, number[]>();
  for (let i = 0; i < signed.ids.length; i++) {
    if (signed.empty[i]) continue;
    const found = new Set<number>();
    lookup(index, EXACT_BAND, signed.keyHi[i], found);
    const banded = new Set<number>();
    for (let b = 0; b < lsh.bands; b++) lookup(index, b, signed.bandKeys[i * lsh.bands + b], banded);
    for (const other of banded) {
      if (found.has(other)) continue;
      const sketch = sketchOf(index, other, positions);
      if (!sketch || mayReach(sketchSimilarity(signed.sketches, i * positions, sketch.data, sketch.at, positions), run.threshold)) found.add(other);
    }
    for (let b = 0; b < lsh.bands; b++) {
      const key = signed.bandKeys[i * lsh.bands + b];
      const bucket = `${b}:${key}`;
      const list = batchBuckets.get(bucket);
      if (list) list.forEach((j) => found.add(j));
      else batchBuckets.set(bucket, []);
      batchBuckets.get(bucket)!.push(signed.ids[i]);
    }
    found.delete(signed.ids[i]);
    candidates.set(signed.ids[i], found);
  }
  const unknown = [...new Set([...candidates.values()].flatMap((s) => [...s]))].filter((id) => !known.has(id));
  lastCheckSeconds.candidatesRead = (lastCheckSeconds.candidatesRead ?? 0) + unknown.length;
  timed("reading candidates", () => {
    for (let at = 0; at < unknown.length; at += 5000) readIds(db, unknown.slice(at, at + 5000)).forEach(remember);
  });

  const matches: [number, number][] = [];
  for (const [id, found] of candidates) {
    const mine = known.get(id)!;
    for (const other of found) {
      const theirs = known.get(other);
      // Gone since it was indexed (trashed, purged, now invalid).
      if (!theirs) continue;
      if ((mine.key !== null && mine.key === theirs.key) || jaccard(mine.set, theirs.set) >= run.threshold) matches.push([id, other]);
    }
  }
  timed("saving", () => db.transaction(() => {
    joinClusters(db, run, signed.ids, matches, known);
    writeSegments(db, run.id, segmentsOf(signed, lsh.bands));
    writeSketches(db, run.id, sketchesOf(signed, positions));
    compactIndex(db, run.id);
  }).immediate());
}

/**
 * Puts matched records into the run's clusters. An edited record first leaves the
 * cluster it was in (it may no longer belong); clusters linked by a match merge into
 * the oldest. Kind and similarity are computed again for every cluster touched.
 */
function joinClusters(db: Database.Database, run: Run, checked: Int32Array, matches: [number, number][], known: Map<number, Known>) {
  const clusterOf = db.prepare(`SELECT clusterId FROM DuplicateMember WHERE runId = ? AND conversationId = ?`).pluck();
  const leave = db.prepare(`DELETE FROM DuplicateMember WHERE runId = ? AND conversationId = ?`);
  const touched = new Set<number>();
  for (const id of checked) {
    const c = clusterOf.get(run.id, id) as number | undefined;
    if (c === undefined) continue;
    leave.run(run.id, id);
    touched.add(c);
  }
  // Groups of records to join, by union-find over the matches.
  const ids = [...new Set(matches.flat())];
  const at = new Map(ids.map((id, i) => [id, i]));
  const uf = new UnionFind(ids.length);
  for (const [a, b] of matches) uf.union(at.get(a)!, at.get(b)!);
  const add = db.prepare(`INSERT OR IGNORE INTO DuplicateMember (clusterId, conversationId, runId) VALUES (?, ?, ?)`);
  const move = db.prepare(`UPDATE OR IGNORE DuplicateMember SET clusterId = ? WHERE clusterId = ?`);
  for (const group of uf.groups()) {
    const members = group.map((i) => ids[i]);
    const existing = [...new Set(members.map((id) => clusterOf.get(run.id, id) as number | undefined).filter((c): c is number => c !== undefined))].sort((a, b) => a - b);
    const target = existing[0] ?? Number(db.prepare(`INSERT INTO DuplicateCluster (runId, kind, similarity, size) VALUES (?, 'near', 1, 0)`).run(run.id).lastInsertRowid);
    for (const other of existing.slice(1)) {
      move.run(target, other);
      db.prepare(`DELETE FROM DuplicateCluster WHERE id = ?`).run(other);
      touched.delete(other);
    }
    for (const id of members) add.run(target, id, run.id);
    touched.add(target);
  }
  const checkedSet = new Set(checked);
  for (const clusterId of touched) describeCluster(db, run, clusterId, known, checkedSet);
  db.prepare(`UPDATE DedupRun SET clusterCount = (SELECT count(*) FROM DuplicateCluster WHERE runId = ?) WHERE id = ?`).run(run.id, run.id);
}

/** Size, kind and lowest pairwise similarity of a cluster as it is now; one member left is no cluster. */
function describeCluster(db: Database.Database, run: Run, clusterId: number, known: Map<number, Known>, checked: Set<number>) {
  const ids = db.prepare(`SELECT conversationId FROM DuplicateMember WHERE clusterId = ?`).pluck().all(clusterId) as number[];
  if (ids.length < 2) {
    db.prepare(`DELETE FROM DuplicateCluster WHERE id = ?`).run(clusterId);
    return;
  }
  for (const r of readIds(db, ids.filter((id) => !known.has(id)))) {
    const record = parseBody(r.body);
    const turns = record ? scopeTurns(record, run.scope) : [];
    known.set(r.id, { set: shingleSet(turns), key: scopeKey(turns) });
  }
  const present = ids.filter((id) => known.has(id));
  // One stand-in per exact key: copies are similarity 1 to each other.
  const distinct = [...new Map(present.map((id) => [known.get(id)!.key, id])).values()];
  let lowest = 1;
  if (distinct.length <= PAIRWISE_LIMIT) {
    for (let x = 0; x < distinct.length; x++)
      for (let y = x + 1; y < distinct.length; y++) lowest = Math.min(lowest, jaccard(known.get(distinct[x])!.set, known.get(distinct[y])!.set));
  } else {
    // Too many for every pair: the lowest so far, and every pair with a newly checked record.
    lowest = db.prepare(`SELECT similarity FROM DuplicateCluster WHERE id = ?`).pluck().get(clusterId) as number;
    for (const a of distinct.filter((id) => checked.has(id)))
      for (const b of distinct) if (a !== b) lowest = Math.min(lowest, jaccard(known.get(a)!.set, known.get(b)!.set));
  }
  db.prepare(`UPDATE DuplicateCluster SET kind = ?, similarity = ?, size = ? WHERE id = ?`).run(distinct.length === 1 ? "exact" : "near", lowest, ids.length, clusterId);
}
