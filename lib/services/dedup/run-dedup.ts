import { sqlite, db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { allowedIn } from "../auth/allowed-in";
import { AppError, notFound } from "../../errors";
import { databaseFile } from "../../env";
import { sqliteTimestamp } from "../../db/imports/conversation-writer";
import { lshParams, type LshParams } from "../../dedup/lsh";
import { findDuplicates, type FindResult, type ShingleLookup, type SignedItems } from "../../dedup/find-duplicates";
import { joinBatches, shingleMap, type ShingleBatch, type SignedBatch } from "../../dedup/sign-batch";
import type { DedupScope } from "../../dedup/scope";
import type { DedupRequest } from "../../validation/dedup";
import { getDataset } from "../../db/datasets/get-dataset";
import { createSignerPool, inlinePool, type SignerPool } from "./signer-pool";
import { liveIds } from "../../db/dedup/read-bodies";
import { saveRun } from "../../db/dedup/save-run";
import type { RunSpec } from "../../dedup/run-spec";
import { auditEventData } from "../../db/audit/record-audit";
import type { DatasetScope } from "../../db/scope";

// A de-duplication run as a recorded job: a row with its phase and progress, the
// work itself (sign in worker threads, find, verify, cluster), then the clusters and
// the LSH index saved in one transaction that replaces the dataset's previous run.

/** Records per worker task: big enough to amortise a message, small enough for smooth progress. */
const CHUNK = 4000;
/** Records per shingle task when candidates are read again. */
const SHINGLE_CHUNK = 2000;
const HEARTBEAT_MS = 5000;
/** Below this many records a run is done before worker threads would have started. */
const INLINE_BELOW = 20_000;

/** Creates the run row after checking the request; the caller starts the work (executeDedupRun). */
export async function createDedupRun(scope: DatasetScope, req: DedupRequest, actor: Actor): Promise<RunSpec> {
  const { datasetId } = scope;
  const dataset = await getDataset(scope);
  let againstName = "";
  if (req.against !== undefined) {
    if (req.against === datasetId) throw new AppError("bad_request", "Pick another dataset to check for leakage: a dataset is always its own duplicate.");
    // The other set must be one the actor may read, or its records would leak through the report.
    againstName = (await getDataset(await allowedIn(actor, "datasets.read", req.against))).name;
  }
  failInterruptedRuns();
  const running = await db().dedupRun.findFirst({ where: { datasetId, status: "running" }, select: { id: true } });
  if (running)
    throw new AppError("conflict", "De-duplication is already running on this dataset; wait for it to finish (its progress is on the Duplicates page).");
  const lsh = lshParams(req.threshold);
  const run = await db().$transaction(async (tx) => {
    const created = await tx.dedupRun.create({
      data: {
        datasetId,
        againstDatasetId: req.against ?? null,
        scope: req.scope,
        threshold: req.threshold,
        bands: lsh.bands,
        rows: lsh.rows,
        phase: "starting",
        createdById: actor.id,
      },
      select: { id: true },
    });
    const what = req.against ? `a leakage check of ${dataset.name} against ${againstName}` : `de-duplication of ${dataset.name}`;
    const detail = { scope: req.scope, threshold: req.threshold, against: req.against ?? null };
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "dedup.run_started",
        datasetId,
        targetType: "dedup_run",
        targetId: created.id,
        summary: `Started ${what}.`,
        detail,
      }),
    });
    return created;
  });
  return { runId: run.id, datasetId, against: req.against ?? null, scope: req.scope, threshold: req.threshold, lsh };
}

/** What a finished run computed, beside what it saved: for the benchmark and the CLI. */
export type RunOutcome = { found: FindResult; ids: Int32Array; seconds: { signing: number; finding: number; saving: number } };

/** Does the run to its end, recording failure on the row rather than throwing (then it returns null). */
export async function executeDedupRun(spec: RunSpec, onProgress?: (processed: number, total: number) => void): Promise<RunOutcome | null> {
  const progress = progressWriter(spec.runId, onProgress);
  const beat = sqlite().prepare(`UPDATE DedupRun SET heartbeatAt = ? WHERE id = ?`);
  const heartbeat = setInterval(() => beat.run(sqliteTimestamp(), spec.runId), HEARTBEAT_MS);
  let pool: SignerPool | null = null;
  try {
    const startedAt = sqliteTimestamp();
    const t0 = performance.now();
    const sides = [liveIds(sqlite(), spec.datasetId), spec.against ? liveIds(sqlite(), spec.against) : []];
    const total = sides[0].length + sides[1].length;
    progress("reading and signing", 0, total, true);
    pool = total < INLINE_BELOW ? inlinePool() : await createSignerPool();
    const file = databaseFile();
    let processed = 0;
    const onBatch = (n: number) => {
      processed += n;
      progress("reading and signing", processed, total);
    };
    const kept = { hashes: 0, over: false };
    const signedSides: SignedDataset[] = [];
    for (const [side, ids] of sides.entries()) {
      const datasetId = side === 0 ? spec.datasetId : spec.against!;
      signedSides.push(await signDataset(pool, { file, datasetId, ids, scope: spec.scope, lsh: spec.lsh }, onBatch, kept));
    }
    const signed = joinBatches(
      signedSides.map((s) => s.batch),
      spec.lsh.bands,
    );
    const keptSets = signedSides.every((s) => s.shingles) ? keptLookup(signedSides.flatMap((s) => s.shingles!)) : null;
    const items: SignedItems = {
      count: signed.ids.length,
      keyHi: signed.keyHi,
      keyLo: signed.keyLo,
      empty: signed.empty,
      bandKeys: signed.bandKeys,
      sketches: signed.sketches,
      sketchPositions: spec.lsh.bands * spec.lsh.rows,
      sizes: signed.sizes,
    };
    if (spec.against) {
      items.side = new Uint8Array(items.count);
      items.side.fill(1, signedSides[0].batch.ids.length);
    }
    const t1 = performance.now();
    progress("checking candidates", total, total, true);
    const found = await findDuplicates(items, spec.threshold, spec.lsh, async (indices) => {
      if (keptSets) return keptSets;
      const byId = await readShingles(
        pool!,
        file,
        indices.map((i) => signed.ids[i]),
        spec.scope,
      );
      return new Map(indices.map((i) => [i, byId.get(signed.ids[i]) ?? new Uint32Array(0)]));
    });
    const t2 = performance.now();
    progress("saving", total, total, true);
    saveRun(spec, signed, found, { startedAt, lastListedId: sides[0][sides[0].length - 1] ?? 0 });
    return { found, ids: signed.ids, seconds: { signing: (t1 - t0) / 1000, finding: (t2 - t1) / 1000, saving: (performance.now() - t2) / 1000 } };
  } catch (e) {
    console.error("De-duplication failed:", e);
    const message = e instanceof AppError ? e.message : "The run stopped on an internal error; run it again, and if it fails again, check the server log.";
    sqlite().prepare(`UPDATE DedupRun SET status = 'failed', failure = ?, finishedAt = ? WHERE id = ?`).run(message, sqliteTimestamp(), spec.runId);
    return null;
  } finally {
    clearInterval(heartbeat);
    await pool?.close();
  }
}

/** Shingle sets kept from signing, for the run's verification: at most this many hashes (4 bytes each). */
const KEEP_SHINGLES_BUDGET = 80_000_000;

export type SignedDataset = { batch: SignedBatch; shingles: ShingleBatch[] | null };

/**
 * Signs a dataset's live records (listed in `ids`, ascending) in chunks across the pool,
 * a few chunks in flight per thread. Shingle sets come back too while they fit the
 * budget shared through `kept`; past it they are dropped and candidates read again.
 */
export async function signDataset(
  pool: SignerPool,
  t: { file: string; datasetId: string; ids: number[]; scope: DedupScope; lsh: LshParams },
  onBatch: (records: number) => void,
  kept = { hashes: 0, over: false },
): Promise<SignedDataset> {
  const results: SignedBatch[] = [];
  const inFlight = Math.max(2, pool.threads * 2);
  let next = 0;
  const work = async () => {
    while (next < t.ids.length) {
      const at = next;
      next += CHUNK;
      const to = t.ids[Math.min(at + CHUNK, t.ids.length) - 1];
      const batch = await pool.sign({ file: t.file, datasetId: t.datasetId, from: t.ids[at], to, scope: t.scope, lsh: t.lsh, keepShingles: !kept.over });
      kept.hashes += batch.shingles?.data.length ?? 0;
      results[at / CHUNK] = batch;
      // The first batch tells whether the whole dataset will fit: if not, keeping sets
      // until the budget runs out would only raise the peak before they are dropped.
      if (!kept.over && kept.hashes * (t.ids.length / Math.max(1, countKept(results))) > KEEP_SHINGLES_BUDGET) kept.over = true;
      if (kept.hashes > KEEP_SHINGLES_BUDGET) kept.over = true;
      if (kept.over) for (const r of results) if (r) delete r.shingles;
      onBatch(batch.ids.length);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, work));
  const complete = !kept.over && results.every((b) => b.shingles);
  return { batch: joinBatches(results, t.lsh.bands), shingles: complete ? results.map((b) => b.shingles!) : null };
}

const countKept = (results: SignedBatch[]) => results.reduce((sum, r) => sum + (r?.shingles ? r.ids.length : 0), 0);

/** Looks up kept shingle sets by item index (items numbered across the batches in order). */
function keptLookup(batches: ShingleBatch[]): ShingleLookup {
  const starts = new Int32Array(batches.length + 1);
  batches.forEach((b, i) => (starts[i + 1] = starts[i] + b.ids.length));
  return (item) => {
    let lo = 0;
    let hi = batches.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= item) lo = mid;
      else hi = mid - 1;
    }
    const b = batches[lo];
    const local = item - starts[lo];
    return b.data.subarray(b.offsets[local], b.offsets[local + 1]);
  };
}

/** Shingle sets of records by id, read again across the pool. */
export async function readShingles(pool: SignerPool, file: string, ids: number[], scope: DedupScope): Promise<Map<number, Uint32Array>> {
  const byId = new Map<number, Uint32Array>();
  const tasks = [];
  for (let at = 0; at < ids.length; at += SHINGLE_CHUNK) tasks.push(pool.shingles({ file, ids: ids.slice(at, at + SHINGLE_CHUNK), scope }));
  for (const batch of await Promise.all(tasks)) shingleMap(batch, byId);
  return byId;
}

function progressWriter(runId: string, onProgress?: (processed: number, total: number) => void) {
  const update = sqlite().prepare(`UPDATE DedupRun SET phase = ?, processed = ?, total = ?, heartbeatAt = ? WHERE id = ?`);
  let last = 0;
  return (phase: string, processed: number, total: number, force = false) => {
    onProgress?.(processed, total);
    const now = Date.now();
    // A few writes a second is smooth enough for a progress bar.
    if (!force && now - last < 250) return;
    last = now;
    update.run(phase, processed, total, sqliteTimestamp(), runId);
  };
}

/** Starts a run in the background of the server process and returns at once. */
export async function startDedupRun(scope: DatasetScope, req: DedupRequest, actor: Actor): Promise<{ runId: string }> {
  const spec = await createDedupRun(scope, req, actor);
  void executeDedupRun(spec);
  return { runId: spec.runId };
}

/**
 * Runs left "running" by a process that stopped cannot finish: say so, so another can
 * start. A run in any live process (the CLI beside the server, too) writes its
 * heartbeat every few seconds, so only runs silent for minutes are failed.
 */
export function failInterruptedRuns(silentMinutes = 2) {
  const cutoff = sqliteTimestamp(new Date(Date.now() - silentMinutes * 60_000));
  sqlite()
    .prepare(`UPDATE DedupRun SET status = 'failed', failure = ?, finishedAt = ? WHERE status = 'running' AND coalesce(heartbeatAt, startedAt) < ?`)
    .run("The process running this de-duplication stopped before it finished. Run it again.", sqliteTimestamp(), cutoff);
}

export async function getDedupRun(runId: string) {
  const run = await db().dedupRun.findUnique({ where: { id: runId } });
  if (!run) throw notFound("This de-duplication run");
  return run;
}
