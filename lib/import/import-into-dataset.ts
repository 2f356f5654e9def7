import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { parseLine } from "../formats/parse-line";
import { contentHash } from "../formats/normalize";
import { formatError } from "../formats/format-errors";
import { sqlite } from "../db/client";
import { ConversationWriter, type PendingRow } from "../db/imports/conversation-writer";
import {
  createImportRecord,
  failImportRecord,
  finishImportRecord,
  recordImportProgress,
} from "../db/imports/import-records";
import { AppError } from "../errors";
import { BinaryFileError, LineTooLongError, splitLines } from "./split-lines";
import { ErrorCollector, summaryWarnings, type ImportSummary } from "./import-summary";
import { wakeBackgroundWork } from "../jobs/background-work";

// Streams one JSONL file into a dataset. The CLI, the HTTP API and the browser upload
// all come through here. Memory stays flat: one batch of rows at a time.

export type ImportOptions = {
  dataset: { id: string; name: string };
  fileName: string;
  chunks: AsyncIterable<Uint8Array>;
  actorId: string;
  onProgress?: (p: { lines: number; bytes: number }) => void;
  batchSize?: number;
};

const PREVIEW_OF_INVALID = 240;

export function rowFromLine(line: number, text: string): PendingRow | null {
  const parsed = parseLine(text);
  if (parsed.kind === "blank") return null;
  if (parsed.kind === "invalid") {
    return {
      sourceLine: line,
      kind: "invalid",
      body: text,
      errors: JSON.stringify(parsed.errors),
      unknownKeys: null,
      preview: text.slice(0, PREVIEW_OF_INVALID),
      turns: 0,
      contentHash: null,
    };
  }
  return {
    sourceLine: line,
    kind: parsed.kind,
    body: parsed.body,
    errors: null,
    unknownKeys: parsed.unknownKeys.length ? JSON.stringify(parsed.unknownKeys) : null,
    preview: parsed.preview,
    turns: parsed.turns,
    contentHash: contentHash(parsed.record),
  };
}

export async function importIntoDataset(opts: ImportOptions): Promise<ImportSummary> {
  const batchSize = opts.batchSize ?? 5000;
  const { id: importId } = await createImportRecord({ datasetId: opts.dataset.id, fileName: opts.fileName, actorId: opts.actorId });
  const writer = new ConversationWriter(sqlite(), { datasetId: opts.dataset.id, importId, sourceFile: opts.fileName });
  const errors = new ErrorCollector();
  const counts = { lines: 0, bytes: 0, imported: 0, invalid: 0, unknownKeyRecords: 0 };
  let batch: PendingRow[] = [];

  const flush = async () => {
    writer.flush(batch);
    batch = [];
    opts.onProgress?.({ lines: counts.lines, bytes: counts.bytes });
    await recordImportProgress(importId, { lines: counts.lines, bytes: counts.bytes });
    // Let the server answer other requests between batches.
    await yieldToEventLoop();
  };

  try {
    for await (const { line, text, bytes } of splitLines(opts.chunks)) {
      counts.lines = line;
      counts.bytes += bytes;
      const row = rowFromLine(line, text);
      if (!row) continue;
      if (row.kind === "invalid") {
        counts.invalid++;
        for (const e of JSON.parse(row.errors!) as { path: string; message: string }[]) {
          errors.add(line, e.path, formatError(e));
        }
      } else {
        counts.imported++;
        if (row.unknownKeys) counts.unknownKeyRecords++;
      }
      batch.push(row);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (e) {
    const { lines, bytes } = counts;
    await failImportRecord(importId, e instanceof Error ? e.message : String(e), { lines, bytes }).catch(() => {});
    if (e instanceof BinaryFileError || e instanceof LineTooLongError) {
      throw new AppError("bad_request", `${opts.fileName}: ${e.message}`);
    }
    throw e;
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
  const { lines, bytes, imported, invalid } = counts;
  await finishImportRecord(importId, { lines, bytes, imported, invalid, duplicates: writer.duplicates, errors: errors.errors });
  wakeBackgroundWork();
  return summary;
}
