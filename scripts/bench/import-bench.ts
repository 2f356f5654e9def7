import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { importIntoDataset } from "../../lib/services/imports/import-into-dataset";
import { rowFromLine } from "../../lib/imports/row-from-line";
import { splitLines } from "../../lib/imports/split-lines";
import { conversationValues, sqliteTimestamp } from "../../lib/db/imports/conversation-writer";
import type { PendingRow } from "../../lib/imports/pending-row";
import { commandLineActor } from "../../lib/db/actor";
import { findOrCreateDataset } from "../../lib/db/datasets/create-dataset";
import type { BareDatabase } from "./bare-database";
import { conversationInsertSql } from "./source-statement";
import type { CorpusFile } from "./corpus";
import { seconds } from "./stats";

// Import of the corpus through importIntoDataset, against the fastest the same rows
// could possibly go in: the app's INSERT, parameters computed beforehand, one
// transaction. The gap between the two is what parsing, hashing, duplicate lookup,
// batching and progress records cost.

export type ImportRun = { rows: number; seconds: number; cpuSeconds: number; datasetId: string; importId: string };

// CPU time beside wall time: other work on a shared machine stretches the second but
// hardly the first, so a reader can tell a slow import from a busy machine.
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

async function preparedParameters(file: CorpusFile, bare: BareDatabase): Promise<unknown[][]> {
  const rows: PendingRow[] = [];
  for await (const { line, text } of splitLines(createReadStream(file.path))) {
    const row = rowFromLine(line, text);
    if (row) rows.push(row);
  }
  // Ids of a fresh table start at 1, so the writer's duplicate links are known ahead.
  const firstIdByHash = new Map<string, number>();
  const now = sqliteTimestamp();
  const sourceFile = basename(file.path);
  return rows.map((r, i) => {
    let duplicateOf: number | null = null;
    if (r.contentHash !== null) {
      duplicateOf = firstIdByHash.get(r.contentHash) ?? null;
      if (duplicateOf === null) firstIdByHash.set(r.contentHash, i + 1);
    }
    return conversationValues({ datasetId: bare.datasetId, importId: bare.importId, sourceFile }, r, duplicateOf, now);
  });
}

export async function bareInsert(file: CorpusFile, bare: BareDatabase): Promise<{ rows: number; seconds: number; cpuSeconds: number }> {
  const params = await preparedParameters(file, bare);
  const insert = bare.db.prepare(conversationInsertSql());
  const insertAll = bare.db.transaction(() => {
    for (const p of params) insert.run(...p);
  });
  const cpu = process.cpuUsage();
  const started = performance.now();
  insertAll();
  return { rows: params.length, seconds: seconds(started), cpuSeconds: cpuSince(cpu) };
}

export async function appImport(file: CorpusFile): Promise<ImportRun> {
  // Creating the dataset migrates the fresh file; that is set-up, not import.
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset("bench", actor);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await importIntoDataset({
    dataset,
    fileName: basename(file.path),
    chunks: createReadStream(file.path),
    actor,
  });
  const elapsed = seconds(started);
  const cpuSeconds = cpuSince(cpu);
  return { rows: summary.imported + summary.invalid, seconds: elapsed, cpuSeconds, datasetId: dataset.id, importId: summary.import_id };
}
