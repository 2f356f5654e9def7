import { createReadStream, readFileSync } from "node:fs";
import { basename } from "node:path";
import { hash } from "node:crypto";
import { importIntoDataset } from "../../lib/services/imports/import-into-dataset";
import { commandLineActor } from "../../lib/db/actor";
import { findOrCreateDataset } from "../../lib/db/datasets/create-dataset";
import { closeDb, sqlite } from "../../lib/db/client";
import { createDedupRun, executeDedupRun, type RunOutcome } from "../../lib/services/dedup/run-dedup";
import { checkPendingDuplicates, type CheckSteps } from "../../lib/services/dedup/check-pending";
import { loadIndex } from "../../lib/db/dedup/dedup-index";
import { parseBody } from "../../lib/dedup/sign-record";
import { scopeTurns } from "../../lib/dedup/scope";
import { normalizeText } from "../../lib/formats/normalize";
import { foundPairs, scorePairs, type PairScore } from "./dedup-score";
import type { DedupTruth } from "./dedup-corpus";
import { reportToParent } from "./child-process";
import { DedupRequestSchema } from "../../lib/validation/dedup";
import { commandLineScope } from "../../lib/cli/command-line-scope";

// De-duplication measured in its own process (peak RSS is per process). Modes:
//   import FILE              import a corpus file into the dataset "bench-dedup"
//   run TRUTH [THREADS]      baseline, then a full run; scored against the truth file
//   incremental FILE TRUTH   import FILE into the same dataset, then time the background check
// The baseline is what any de-duplication must do at least: read every stored body,
// normalise its text and SHA-1 it, on one thread.

export type DedupRunResult = {
  rows: number;
  seconds: number;
  baselineSeconds: number;
  maxRssKb: number;
  score: PairScore;
  steps: RunOutcome["seconds"] & RunOutcome["found"]["timings"];
  candidates: number;
  clusters: number;
  threads: string;
};

export type IncrementalResult = {
  rows: number;
  seconds: number;
  baselineSeconds: number;
  recall: number;
  expected: number;
  found: number;
  steps: Record<string, number>;
  /** Reading the run's index back, as after a restart (not part of `seconds`). */
  indexSeconds: number;
};

const DATASET = "bench-dedup";

function baseline(where: string, ...params: unknown[]): { rows: number; seconds: number } {
  const started = performance.now();
  let rows = 0;
  for (const r of sqlite()
    .prepare(`SELECT body FROM Conversation WHERE ${where} ORDER BY id`)
    .iterate(...params) as Iterable<{ body: string }>) {
    const record = parseBody(r.body);
    if (!record) continue;
    const text = scopeTurns(record, "conversation")
      .map((t) => `${t.role}: ${normalizeText(t.text)}`)
      .join("\n");
    hash("sha1", text, "hex");
    rows++;
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}

function loadTruth(path: string): DedupTruth {
  const t = JSON.parse(readFileSync(path, "utf8"));
  return { ...t, pairs: { a: Uint32Array.from(t.pairs.a), b: Uint32Array.from(t.pairs.b), similarity: Float64Array.from(t.pairs.similarity) } };
}

function onlyRowsBelow(truth: DedupTruth, rows: number): DedupTruth {
  const keep: number[] = [];
  for (let i = 0; i < truth.pairs.a.length; i++) if (Math.max(truth.pairs.a[i], truth.pairs.b[i]) < rows) keep.push(i);
  const pick = <T extends Uint32Array | Float64Array>(a: T) =>
    a.constructor === Float64Array ? Float64Array.from(keep, (i) => a[i]) : Uint32Array.from(keep, (i) => a[i]);
  return {
    ...truth,
    pairs: { a: pick(truth.pairs.a) as Uint32Array, b: pick(truth.pairs.b) as Uint32Array, similarity: pick(truth.pairs.similarity) as Float64Array },
  };
}

async function importFile(file: string) {
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset(DATASET, actor);
  const summary = await importIntoDataset({ dataset, fileName: basename(file), chunks: createReadStream(file), actor });
  return { dataset, rows: summary.imported };
}

async function main() {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === "import") {
    const { rows } = await importFile(a);
    // Closing checkpoints the write-ahead log, so the run does not pay for the import's.
    await closeDb();
    reportToParent({ rows });
  } else if (mode === "run") {
    if (b) process.env.TUNESET_DEDUP_WORKERS = b;
    const truth = loadTruth(a);
    const dataset = await findOrCreateDataset(DATASET, await commandLineActor());
    const base = baseline(`datasetId = ? AND deletedAt IS NULL AND kind != 'invalid'`, dataset.id);
    const spec = await createDedupRun(commandLineScope(dataset.id), DedupRequestSchema.parse({ threshold: truth.threshold }), await commandLineActor());
    const started = performance.now();
    const outcome = await executeDedupRun(spec);
    const seconds = (performance.now() - started) / 1000;
    if (!outcome) throw new Error("the run failed; see the log above");
    // Items are the dataset's records in id order, that is in file order: item i is row i.
    // Rows still to come (the incremental part's file) are not in this run's truth.
    const score = scorePairs(foundPairs(outcome.found, outcome.found.rep), onlyRowsBelow(truth, outcome.ids.length));
    reportToParent({
      rows: outcome.ids.length,
      seconds,
      baselineSeconds: base.seconds,
      maxRssKb: process.resourceUsage().maxRSS,
      score,
      steps: { ...outcome.seconds, ...outcome.found.timings },
      candidates: outcome.found.candidates,
      clusters: outcome.found.clusters.length,
      threads: b === "0" ? "1 (main thread)" : `${b ?? "all cores"} worker threads`,
    } satisfies DedupRunResult);
  } else if (mode === "incremental") {
    const truth = loadTruth(b);
    const before = sqlite().prepare(`SELECT coalesce(max(id), 0) FROM Conversation`).pluck().get() as number;
    // The server holds the index in memory from the run (or its first check) on; what
    // a restart costs, reading it back once, is timed on its own.
    const runId = sqlite().prepare(`SELECT id FROM DedupRun WHERE status = 'done' AND againstDatasetId IS NULL`).pluck().get() as string;
    const loading = performance.now();
    loadIndex(sqlite(), runId);
    const indexSeconds = (performance.now() - loading) / 1000;
    const { rows } = await importFile(a);
    const base = baseline(`id > ?`, before);
    const started = performance.now();
    const steps: CheckSteps = {};
    // In the server's steps (their default size), one after another.
    while (checkPendingDuplicates(undefined, steps) > 0);
    const seconds = (performance.now() - started) / 1000;
    // Recall over true pairs that involve a new row: are both rows in one cluster now?
    const clusterOfRow = new Map<number, number>();
    const rowsOf = sqlite()
      .prepare(
        `SELECT m.clusterId, c.id FROM DuplicateMember m JOIN Conversation c ON c.id = m.conversationId JOIN DedupRun r ON r.id = m.runId WHERE r.againstDatasetId IS NULL`,
      )
      .raw()
      .all() as [number, number][];
    for (const [cluster, id] of rowsOf) clusterOfRow.set(id - 1, cluster);
    let expected = 0;
    let found = 0;
    for (let i = 0; i < truth.pairs.a.length; i++) {
      if (truth.pairs.similarity[i] < truth.threshold || Math.max(truth.pairs.a[i], truth.pairs.b[i]) < before) continue;
      expected++;
      const ca = clusterOfRow.get(truth.pairs.a[i]);
      if (ca !== undefined && ca === clusterOfRow.get(truth.pairs.b[i])) found++;
    }
    reportToParent({
      rows,
      seconds,
      baselineSeconds: base.seconds,
      recall: expected ? found / expected : 1,
      expected,
      found,
      steps,
      indexSeconds,
    } satisfies IncrementalResult);
  } else throw new Error("usage: dedup-child.ts import FILE | run TRUTH [THREADS] | incremental FILE TRUTH");
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
