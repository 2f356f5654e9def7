import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { formatError } from "../formats/format-errors";
import { sqlite } from "../db/client";
import { ConversationWriter, type PendingRow } from "../db/imports/conversation-writer";
import {
  createImportRecord,
  failImportRecord,
  finishImportRecord,
} from "../db/imports/import-records";
import { AppError } from "../errors";
import { BinaryFileError, LineTooLongError, splitLines } from "./split-lines";
import { ErrorCollector, summaryWarnings, type ImportSummary } from "./import-summary";
import { wakeBackgroundWork } from "../jobs/background-work";
import { createLineParser, type LineBatch } from "./line-parser";
import type { Actor } from "../db/actor";

// Streams one JSONL file into a dataset. The CLI, the HTTP API and the browser upload
// all come through here. Memory stays flat: one batch of rows at a time.

export type ImportOptions = {
  dataset: { id: string; name: string };
  fileName: string;
  chunks: AsyncIterable<Uint8Array>;
  actor: Actor;
  onProgress?: (p: { lines: number; bytes: number }) => void;
  batchSize?: number;
};

// Small parse batches and enough of them queued that the parser thread never idles
// while the writer commits (a 20,000-row write left it waiting half the time), and
// memory stays flat: about 12,000 lines are in hand at any moment.
const PARSE_BATCH = 1000;
const IN_FLIGHT = 8;

export async function importIntoDataset(opts: ImportOptions): Promise<ImportSummary> {
  const batchSize = opts.batchSize ?? 4000;
  const { id: importId } = await createImportRecord({ datasetId: opts.dataset.id, fileName: opts.fileName, actorId: opts.actor.id });
  const audit = { actor: opts.actor, dataset: opts.dataset, fileName: opts.fileName };
  const writer = new ConversationWriter(sqlite(), { datasetId: opts.dataset.id, importId, sourceFile: opts.fileName });
  const errors = new ErrorCollector();
  const counts = { lines: 0, bytes: 0, imported: 0, invalid: 0, unknownKeyRecords: 0 };
  const parser = createLineParser();
  const parsing: Promise<PendingRow[]>[] = [];
  let lines: LineBatch = { lines: [], texts: [] };
  let batch: PendingRow[] = [];

  const take = (rows: PendingRow[]) => {
    for (const row of rows) {
      if (row.kind === "invalid") {
        counts.invalid++;
        for (const e of JSON.parse(row.errors!) as { path: string; message: string }[]) {
          errors.add(row.sourceLine, e.path, formatError(e));
        }
      } else {
        counts.imported++;
        if (row.unknownKeys) counts.unknownKeyRecords++;
      }
      batch.push(row);
    }
  };
  const flush = async () => {
    writer.flush(batch, counts);
    batch = [];
    opts.onProgress?.({ lines: counts.lines, bytes: counts.bytes });
    // Let the server answer other requests between batches.
    await yieldToEventLoop();
  };
  const drainOne = async () => {
    take(await parsing.shift()!);
    if (batch.length >= batchSize) await flush();
  };

  const releaseCheckpoints = ConversationWriter.holdCheckpoints(sqlite());
  try {
    for await (const { line, text, bytes } of splitLines(opts.chunks)) {
      counts.lines = line;
      counts.bytes += bytes;
      lines.lines.push(line);
      lines.texts.push(text);
      if (lines.lines.length < PARSE_BATCH) continue;
      parsing.push(parser.parse(lines));
      lines = { lines: [], texts: [] };
      if (parsing.length >= IN_FLIGHT) await drainOne();
    }
    if (lines.lines.length) parsing.push(parser.parse(lines));
    while (parsing.length) await drainOne();
    await flush();
  } catch (e) {
    // Settle what is still being parsed so no rejection goes unhandled.
    await Promise.allSettled(parsing);
    const { lines: read, bytes } = counts;
    await failImportRecord(importId, e instanceof Error ? e.message : String(e), { lines: read, bytes }, audit).catch(() => {});
    if (e instanceof BinaryFileError || e instanceof LineTooLongError) {
      throw new AppError("bad_request", `${opts.fileName}: ${e.message}`);
    }
    throw e;
  } finally {
    releaseCheckpoints();
    await parser.close();
  }

  const summary: ImportSummary = {
    dataset: opts.dataset.name,
    import_id: importId,
    file: opts.fileName,
    lines: counts.lines,
    imported: counts.imported,
    invalid: counts.invalid,
    duplicates: writer.duplicates,
    errors: errors.errors,
    warnings: summaryWarnings({ ...counts, omitted: errors.omitted }),
  };
  const { bytes, imported, invalid } = counts;
  await finishImportRecord(importId, { lines: counts.lines, bytes, imported, invalid, duplicates: writer.duplicates, errors: errors.errors }, audit);
  wakeBackgroundWork();
  return summary;
}
