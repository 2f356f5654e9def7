import { openReader, sqlite } from "../client";
import { conversationWhere } from "./conversation-where";
import { strictLine } from "../../export/strict-line";
import { exportBlockers } from "../../export/export-blockers";
import { AppError } from "../../errors";
import { checkPendingNow } from "../preflight/check-pending-records";
import type { ExportRequest } from "../../validation/export-request";
import type { DatasetScope } from "../scope";

// Streams a dataset's records as OpenAI JSONL. Rows are read through one SQLite
// cursor and written in chunks of about 1 MB, so memory stays flat at any size.
// Invalid lines are never exported: they would make a fine-tune job fail.

export type ExportStats = {
  records: number;
  withUnknownKeys: number;
  invalidSkipped: number;
  /** Records with pre-flight errors: a provider would reject the file (prepareExport checks pending records first). */
  withErrors: number;
};

// "all" still leaves out records resolved as duplicates: their keeper stands for them,
// and training on both is what de-duplication is for. Ask for status=duplicate to get them.
export function exportWhere(scope: DatasetScope, req: ExportRequest) {
  const where = conversationWhere(scope, { ...req, status: req.status === "all" ? undefined : req.status });
  return req.status === "all" ? { sql: `${where.sql} AND c.status != 'duplicate'`, params: where.params } : where;
}

/** Counted before streaming, so warnings can travel in headers and the CLI can say them first. */
export function exportStats(scope: DatasetScope, req: ExportRequest): ExportStats {
  const where = exportWhere(scope, req);
  const row = sqlite()
    .prepare(
      `SELECT sum(c.kind != 'invalid') AS records, sum(c.kind != 'invalid' AND c.unknownKeys IS NOT NULL) AS withUnknownKeys,
              sum(c.kind = 'invalid') AS invalidSkipped, sum(c.kind != 'invalid' AND c.errorCount > 0) AS withErrors
       FROM Conversation c WHERE ${where.sql}`,
    )
    .get(...where.params) as Record<keyof ExportStats, number | null>;
  return {
    records: row.records ?? 0,
    withUnknownKeys: row.withUnknownKeys ?? 0,
    invalidSkipped: row.invalidSkipped ?? 0,
    withErrors: row.withErrors ?? 0,
  };
}

/**
 * What every export does first: checks the records the background pass has not
 * reached, counts, and refuses (422) when the pre-flight check finds errors, unless
 * the request says allowErrors=1. Returns the counts and the errors overridden.
 */
export async function prepareExport(scope: DatasetScope, req: ExportRequest): Promise<{ stats: ExportStats; overridden: string[] }> {
  await checkPendingNow(scope, exportWhere(scope, req));
  const stats = exportStats(scope, req);
  const blockers = exportBlockers(stats);
  if (blockers.length && req.allowErrors !== true) {
    throw new AppError(
      "unprocessable",
      `This export would fail at the provider: ${blockers.join(" ")} To write the file anyway, ask again with allowErrors=1 (--allow-errors on the command line).`,
      { blockers },
    );
  }
  return { stats, overridden: blockers };
}

/**
 * Yields the export as UTF-8 chunks of about `chunkBytes`, encoded straight into
 * buffers (no joined strings, no second encoding pass). Stop early with `return()`;
 * the reader is closed either way.
 */
export function* exportChunks(scope: DatasetScope, req: ExportRequest, chunkBytes = 1 << 20): Generator<Buffer> {
  const where = exportWhere(scope, req);
  const reader = openReader();
  try {
    const rows = reader
      .prepare(`SELECT c.body, c.unknownKeys FROM Conversation c WHERE ${where.sql} AND c.kind != 'invalid' ORDER BY c.id`)
      .raw()
      .iterate(...where.params) as IterableIterator<[string, string | null]>;
    let buf = Buffer.allocUnsafe(chunkBytes);
    let pos = 0;
    for (const [body, unknownKeys] of rows) {
      const line = strictLine(body, unknownKeys);
      // A UTF-16 code unit never takes more than 3 UTF-8 bytes.
      const worst = line.length * 3 + 1;
      if (pos + worst > buf.length) {
        if (pos > 0) yield buf.subarray(0, pos);
        buf = Buffer.allocUnsafe(Math.max(chunkBytes, worst));
        pos = 0;
      }
      pos += buf.write(line, pos);
      buf[pos++] = 10;
    }
    if (pos > 0) yield buf.subarray(0, pos);
  } finally {
    reader.close();
  }
}

export function exportWarnings(s: ExportStats): string[] {
  const w: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (s.withUnknownKeys) {
    w.push(`${n(s.withUnknownKeys, "exported record had", "exported records had")} keys the OpenAI format does not define; those keys were left out.`);
  }
  if (s.invalidSkipped) {
    w.push(
      `${n(s.invalidSkipped, "invalid line", "invalid lines")} matched the filter and ${s.invalidSkipped === 1 ? "was" : "were"} not exported; fix them first.`,
    );
  }
  if (s.records === 0) w.push("No records matched: the file is empty. Approve some conversations, or export another status.");
  return w;
}
