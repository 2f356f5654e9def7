import type Database from "better-sqlite3";
import { sqlite } from "../../db/client";
import { jaccard } from "../../dedup/shingles";
import { shingleBody, type Shingled } from "../../dedup/sign-record";
import type { DedupScope } from "../../dedup/scope";
import { signRows, shingleMap } from "../../dedup/sign-batch";
import { UnionFind } from "../../dedup/union-find";
import { compactIndex, loadIndex, segmentsOf, sketchesOf, writeSegments, writeSketches } from "../../db/dedup/dedup-index";
import { pairsInBatch, pairsWithIndex } from "./pending-pairs";
import { readIds } from "../../db/dedup/read-bodies";

// The incremental check: records imported or edited after a dataset's run are signed
// and looked up in the run's persisted index (never re-signing the dataset), verified
// by exact Jaccard like the run's own candidates, and joined to the run's clusters:
// a record that matches members of two clusters merges them. Its band keys are then
// appended to the index, so the next import is checked against it too.

type Run = { id: string; datasetId: string; scope: DedupScope; threshold: number; bands: number; rows: number };
/** Records whose sets are in memory for this check, by id; null: unreadable or no text in the scope. */
type Known = Map<number, Shingled | null>;
/** Seconds per step (and counts), added up over a check's batches: for the benchmark. */
export type CheckSteps = Record<string, number>;

/** Above this many distinct members, a cluster's similarity is not recomputed over every pair. */
const PAIRWISE_LIMIT = 300;

/**
 * Records checked per step of the background work: a 10,000-row import in two steps,
 * each short enough (under a second at a million records) not to hold up the server.
 */
const STEP_LIMIT = 5000;

/**
 * Checks up to `limit` pending records of one dataset; returns how many it checked
 * (0: nothing pending). `steps`, when given, collects where the time went.
 */

export function checkPendingDuplicates(limit = STEP_LIMIT, steps?: CheckSteps): number {
  const db = sqlite();
  const datasetId = db.prepare(`SELECT datasetId FROM DedupPending LIMIT 1`).pluck().get() as string | undefined;
  if (!datasetId) return 0;
  const run = db
    .prepare(
      `SELECT id, datasetId, scope, threshold, bands, rows FROM DedupRun
       WHERE datasetId = ? AND status = 'done' AND againstDatasetId IS NULL ORDER BY startedAt DESC LIMIT 1`,
    )
    .get(datasetId) as Run | undefined;
  // Claimed before the check: a record another process edits while it runs is queued
  // again by the trigger and checked next time, instead of being cleared with this batch.
  const pending = db
    .transaction(() => {
      const ids = db
        .prepare(`SELECT conversationId FROM DedupPending WHERE datasetId = ? ORDER BY conversationId LIMIT ?`)
        .pluck()
        .all(datasetId, limit) as number[];
      db.prepare(`DELETE FROM DedupPending WHERE conversationId IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids));
      return ids;
    })
    .immediate();
  if (!run) return pending.length;
  try {
    checkRecords(db, run, pending, steps);
  } catch (e) {
    // Queued again, so the next pass (or the next start) retries them.
    db.prepare(`INSERT OR IGNORE INTO DedupPending (conversationId, datasetId) SELECT value, ? FROM json_each(?)`).run(datasetId, JSON.stringify(pending));
    throw e;
  }
  return pending.length;
}

type Timer = <T>(step: string, f: () => T) => T;

/** Times a step into `steps` (a no-op without it). */
function stepTimer(steps?: CheckSteps): Timer {
  return (step, f) => {
    if (!steps) return f();
    const started = performance.now();
    try {
      return f();
    } finally {
      steps[step] = (steps[step] ?? 0) + (performance.now() - started) / 1000;
    }
  };
}

function checkRecords(db: Database.Database, run: Run, pending: number[], steps?: CheckSteps) {
  const timed = stepTimer(steps);
  const lsh = { bands: run.bands, rows: run.rows };
  const positions = lsh.bands * lsh.rows;
  const rows = timed("reading", () => readIds(db, pending));
  // Shingle sets kept from signing: the new records are never shingled twice.
  const signed = timed("signing", () => signRows(rows, run.scope, lsh, true));
  const index = timed("loading index", () => loadIndex(db, run.id));
  const known: Known = new Map();
  const sets = shingleMap(signed.shingles!);
  for (let i = 0; i < signed.ids.length; i++) {
    known.set(signed.ids[i], signed.empty[i] ? null : { keyHi: signed.keyHi[i], keyLo: signed.keyLo[i], shingles: sets.get(signed.ids[i])! });
  }
  const pairs = [
    ...timed("pairs in the batch", () => pairsInBatch(signed, lsh, run.threshold)),
    ...timed("pairs with the index", () => pairsWithIndex(signed, index, lsh, run.threshold)),
  ];
  const unknown = [...new Set(pairs.map((p) => p[1]))].filter((id) => !known.has(id));
  if (steps) steps.candidatesRead = (steps.candidatesRead ?? 0) + unknown.length;
  timed("reading candidates", () => remember(db, unknown, run.scope, known));

  const matches = timed("verification", () =>
    pairs.filter(([a, b]) => {
      const x = known.get(a);
      const y = known.get(b);
      // Gone since it was indexed (trashed, purged, now invalid).
      if (!x || !y) return false;
      return (x.keyHi === y.keyHi && x.keyLo === y.keyLo) || jaccard(x.shingles, y.shingles) >= run.threshold;
    }),
  );
  timed("saving", () =>
    db
      .transaction(() => {
        joinClusters(db, run, signed.ids, matches, known);
        writeSegments(db, run.id, segmentsOf(signed, lsh.bands));
        writeSketches(db, run.id, sketchesOf(signed, positions));
        compactIndex(db, run.id);
      })
      .immediate(),
  );
}

/** Reads and shingles the records not yet known (5,000 per query). */
function remember(db: Database.Database, ids: number[], scope: DedupScope, known: Known) {
  for (let at = 0; at < ids.length; at += 5000) {
    for (const r of readIds(db, ids.slice(at, at + 5000))) known.set(r.id, shingleBody(r.body, scope, r.contentHash));
  }
}

/**
 * Puts matched records into the run's clusters. An edited record first leaves the
 * cluster it was in (it may no longer belong); clusters linked by a match merge into
 * the oldest. Kind and similarity are computed again for every cluster touched.
 */
function joinClusters(db: Database.Database, run: Run, checked: Int32Array, matches: [number, number][], known: Known) {
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
    const existing = [...new Set(members.map((id) => clusterOf.get(run.id, id) as number | undefined).filter((c): c is number => c !== undefined))].sort(
      (a, b) => a - b,
    );
    const target =
      existing[0] ?? Number(db.prepare(`INSERT INTO DuplicateCluster (runId, kind, similarity, size) VALUES (?, 'near', 1, 0)`).run(run.id).lastInsertRowid);
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
function describeCluster(db: Database.Database, run: Run, clusterId: number, known: Known, checked: Set<number>) {
  const ids = db.prepare(`SELECT conversationId FROM DuplicateMember WHERE clusterId = ?`).pluck().all(clusterId) as number[];
  if (ids.length < 2) {
    db.prepare(`DELETE FROM DuplicateCluster WHERE id = ?`).run(clusterId);
    return;
  }
  remember(
    db,
    ids.filter((id) => !known.has(id)),
    run.scope,
    known,
  );
  const sets = new Map<number, Uint32Array>();
  // One stand-in per exact key: copies are similarity 1 to each other.
  const byKey = new Map<string, number>();
  for (const id of ids) {
    const s = known.get(id);
    if (!s) continue;
    sets.set(id, s.shingles);
    byKey.set(`${s.keyHi}:${s.keyLo}`, id);
  }
  const distinct = [...byKey.values()];
  let lowest = 1;
  if (distinct.length <= PAIRWISE_LIMIT) {
    for (let x = 0; x < distinct.length; x++)
      for (let y = x + 1; y < distinct.length; y++) lowest = Math.min(lowest, jaccard(sets.get(distinct[x])!, sets.get(distinct[y])!));
  } else {
    // Too many for every pair: the lowest so far, and every pair with a newly checked record.
    lowest = db.prepare(`SELECT similarity FROM DuplicateCluster WHERE id = ?`).pluck().get(clusterId) as number;
    for (const a of distinct.filter((id) => checked.has(id)))
      for (const b of distinct) if (a !== b) lowest = Math.min(lowest, jaccard(sets.get(a)!, sets.get(b)!));
  }
  db.prepare(`UPDATE DuplicateCluster SET kind = ?, similarity = ?, size = ? WHERE id = ?`).run(
    distinct.length === 1 ? "exact" : "near",
    lowest,
    ids.length,
    clusterId,
  );
}
