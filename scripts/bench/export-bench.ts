import { sqlite } from "../../lib/db/client";
import { exportChunks } from "../../lib/db/conversations/export-conversations";
import { ExportRequestSchema } from "../../lib/validation/export-request";
import { bestOf, seconds } from "./stats";
import { commandLineScope } from "../../lib/cli/command-line-scope";

// Export of every approved record, consumed as the download route would consume it
// (chunk by chunk), against reading the same bodies with a bare better-sqlite3 iterate.
// The export yields UTF-8 buffers, so its bytes are counted for free; the baseline
// pays for Buffer.byteLength, which favours the baseline slightly.

const ROUNDS = 3;

export type ExportRun = { records: number; bytes: number; mbPerSecond: number; bareMbPerSecond: number };

/** Approves the whole dataset in one UPDATE: the export figure is about 100% of the rows. */
export function approveAll(datasetId: string): number {
  return sqlite().prepare(`UPDATE Conversation SET status = 'approved' WHERE datasetId = ?`).run(datasetId).changes;
}

export function benchExport(datasetId: string): ExportRun {
  const request = ExportRequestSchema.parse({ status: "approved" });
  const bare = sqlite()
    .prepare(`SELECT body FROM Conversation WHERE datasetId = ? AND deletedAt IS NULL AND status = 'approved' AND kind != 'invalid' ORDER BY id`)
    .pluck();
  const app = () => {
    let bytes = 0;
    for (const chunk of exportChunks(commandLineScope(datasetId), request)) bytes += chunk.length;
    return bytes;
  };
  const baseline = () => {
    let bytes = 0;
    let records = 0;
    for (const body of bare.iterate(datasetId) as IterableIterator<string>) {
      bytes += Buffer.byteLength(body) + 1;
      records++;
    }
    return { bytes, records };
  };

  const appSeconds: number[] = [];
  const bareSeconds: number[] = [];
  let exported = 0;
  let read = { bytes: 0, records: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    exported = app();
    appSeconds.push(seconds(started));
    started = performance.now();
    read = baseline();
    bareSeconds.push(seconds(started));
  }
  return {
    records: read.records,
    bytes: exported,
    mbPerSecond: exported / 1e6 / bestOf(appSeconds),
    bareMbPerSecond: read.bytes / 1e6 / bestOf(bareSeconds),
  };
}
