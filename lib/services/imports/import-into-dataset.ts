import { createHash } from "node:crypto";
import { sqlite } from "../../db/client";
import { ConversationWriter, ImportLeaseLostError } from "../../db/imports/conversation-writer";
import { createImportRecord, failImportRecord, finishImportRecord, interruptImportRecord } from "../../db/imports/import-records";
import { holdImportLease, processOwner } from "../../db/imports/import-lease";
import { claimInterruptedImport, returnToInterrupted, storedErrors, type ResumePoint } from "../../db/imports/resume-import";
import { AppError } from "../../errors";
import { BinaryFileError, LineTooLongError } from "../../imports/split-lines";
import { ErrorCollector, summaryWarnings, type ImportSummary } from "../../imports/import-summary";
import { wake } from "../../jobs/signal";
import { createLineParser } from "./line-parser";
import { capFileName } from "../../imports/file-name";
import { importName } from "../../imports/import-name";
import { afterPrefix, PrefixMismatchError } from "../../imports/resume-prefix";
import { EMPTY_SHA256, writeBatches, type Counts, type Mark } from "./import-batches";
import type { Actor } from "../../auth/actor";

// Streams one JSONL file into a dataset. The CLI, the HTTP API and the browser upload
// all come through here. Memory stays flat: one batch of rows at a time. The import
// holds a lease while it runs; if its process dies, it becomes interrupted at its last
// stored line and the same file, given again with `resume`, goes on from there.

export type ImportOptions = {
  dataset: { id: string; name: string };
  fileName: string;
  chunks: AsyncIterable<Uint8Array>;
  actor: Actor;
  onProgress?: (p: { lines: number; bytes: number }) => void;
  batchSize?: number;
  /** The id of an interrupted import of this dataset to go on with; `chunks` is the same file again, from its first byte. */
  resume?: string;
};

export async function importIntoDataset(opts: ImportOptions): Promise<ImportSummary> {
  const owner = processOwner();
  const point = opts.resume ? await claimInterruptedImport({ importId: opts.resume, datasetId: opts.dataset.id, owner }) : null;
  const fileName = point?.fileName ?? capFileName(opts.fileName);
  const record = point ?? (await createImportRecord({ datasetId: opts.dataset.id, fileName, actorId: opts.actor.id, owner }));
  const importId = record.id;
  const audit = { actor: opts.actor, dataset: opts.dataset, fileName, startedAt: record.startedAt };
  const stopLease = holdImportLease(importId, owner);
  const writer = new ConversationWriter(sqlite(), { datasetId: opts.dataset.id, importId, sourceFile: fileName, owner });
  writer.duplicates = point?.duplicates ?? 0;
  const before = point ? storedErrors(importId) : null;
  const errors = new ErrorCollector(before ?? undefined);
  const start: Mark = point ?? { lines: 0, bytes: 0, sha256: EMPTY_SHA256 };
  const counts: Counts = {
    lines: start.lines,
    bytes: start.bytes,
    imported: point?.imported ?? 0,
    invalid: point?.invalid ?? 0,
    unknownKeyRecords: before?.unknownKeyRecords ?? 0,
  };
  const hash = createHash("sha256");
  const source = fromSource(point ? afterPrefix(opts.chunks, point, hash) : opts.chunks);
  const parser = createLineParser();
  const releaseCheckpoints = ConversationWriter.holdCheckpoints(sqlite());
  let end: Mark;
  try {
    end = await writeBatches(source, { writer, parser, errors, start, counts, hash, onProgress: opts.onProgress, batchSize: opts.batchSize ?? 4000 });
  } catch (e) {
    throw await stopped(e, { importId, owner, fileName, given: opts.fileName, point, audit });
  } finally {
    stopLease();
    releaseCheckpoints();
    await parser.close();
  }

  const { imported, invalid } = counts;
  const summary: ImportSummary = {
    dataset: opts.dataset.name,
    import_id: importId,
    file: fileName,
    lines: end.lines,
    imported,
    invalid,
    duplicates: writer.duplicates,
    errors: errors.errors,
    warnings: summaryWarnings({ ...counts, omitted: errors.omitted }),
    ...(point ? { resumed_after_line: point.lines } : {}),
  };
  await finishImportRecord(
    importId,
    { ...end, imported, invalid, duplicates: writer.duplicates, errors: errors.errors },
    { ...audit, resumedAfterLine: point?.lines },
  );
  wake("background");
  return summary;
}

type Stop = { importId: string; owner: string; fileName: string; given: string; point: ResumePoint | null; audit: Parameters<typeof failImportRecord>[3] };

// Messages name the import by its file and start time (two imports of one file differ), never by its id.

/** What an import that stopped becomes, and the error its caller sees. */
async function stopped(e: unknown, s: Stop): Promise<unknown> {
  if (e instanceof PrefixMismatchError) {
    // Nothing of this file was stored: the interrupted import waits for its own file.
    await returnToInterrupted(s.importId, s.owner).catch(() => {});
    return new AppError(
      "conflict",
      `${capFileName(s.given)} is not the file the interrupted import of ${importName(s.audit)} was reading: ${e.message}. Import it without resuming to load it as a new import.`,
    );
  }
  // Another process has taken the import over; it is theirs to record.
  if (e instanceof ImportLeaseLostError) return new AppError("conflict", `The import of ${importName(s.audit)} stopped: ${e.message}.`);
  if (e instanceof SourceStoppedError) {
    // The upload broke off or the file could not be read on: what is stored can be resumed.
    await interruptImportRecord(s.importId, { leaseOwner: s.owner }, "the upload stopped").catch(() => {});
    return e.cause;
  }
  const stored = await storedLines(s.importId);
  await failImportRecord(s.importId, e instanceof Error ? e.message : String(e), { lines: stored }, s.audit).catch(() => {});
  if (e instanceof BinaryFileError || e instanceof LineTooLongError) return new AppError("bad_request", `${s.fileName}: ${e.message}`);
  return e;
}

const storedLines = async (id: string) => (sqlite().prepare(`SELECT lines FROM Import WHERE id = ?`).pluck().get(id) as number | undefined) ?? 0;

/** The source itself failed (a broken connection, a read error), as opposed to what it held. */
class SourceStoppedError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Marks the source's own failures; its refusals (too large, a different file) are about the file and stay as they are. */
async function* fromSource(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await it.next();
      } catch (e) {
        throw e instanceof AppError || e instanceof PrefixMismatchError || e instanceof BinaryFileError ? e : new SourceStoppedError(e);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await it.return?.();
  }
}
