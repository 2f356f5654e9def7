import { createHash, type Hash } from "node:crypto";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { formatError } from "../../formats/format-errors";
import type { ConversationWriter } from "../../db/imports/conversation-writer";
import type { PendingRow } from "../../imports/pending-row";
import { leaseUntil } from "../../db/imports/import-lease";
import type { ErrorCollector } from "../../imports/import-summary";
import type { LineBatch, LineParser } from "./line-parser";
import { splitLines } from "../../imports/split-lines";

// The streaming half of an import: lines in, parsed in batches (in a worker thread once
// the file proves large), written in bigger batches. Each written batch records, in its
// own transaction, the line and byte the file has been stored up to and the SHA-256 of
// those bytes, which is what a resume goes on from.

/** How far the file is stored, or read: lines and bytes from its start, and the SHA-256 of those bytes. */
export type Mark = { lines: number; bytes: number; sha256: string };

export type Counts = { lines: number; bytes: number; imported: number; invalid: number; unknownKeyRecords: number };

type Pipeline = {
  writer: ConversationWriter;
  parser: LineParser;
  errors: ErrorCollector;
  /** Where the stream starts: the file's start, or the end of what an interrupted import stored. */
  start: Mark;
  /** The counts so far (from `start`), kept current as lines are read and rows taken. */
  counts: Counts;
  /** Fed the bytes before `start` by the source as it verifies them (see afterPrefix), then every byte after. */
  hash: Hash;
  onProgress?: (p: { lines: number; bytes: number }) => void;
  batchSize: number;
};

// Small parse batches and enough of them queued that the parser thread never idles
// while the writer commits (a 20,000-row write left it waiting half the time), and
// memory stays flat: about 12,000 lines are in hand at any moment.
const PARSE_BATCH = 1000;
const IN_FLIGHT = 8;
const NEWLINE = new Uint8Array([0x0a]);

export const EMPTY_SHA256 = createHash("sha256").digest("hex");

/** Streams `source` into the dataset; returns where the file ended (every line stored). */
export async function writeBatches(source: AsyncIterable<Uint8Array>, p: Pipeline): Promise<Mark> {
  const { counts, hash } = p;
  // Where the rows in hand (`batch`) end; written with them.
  let end: Mark = p.start;
  const parsing: { rows: Promise<PendingRow[]>; end: Mark }[] = [];
  // Bytes of the lines that are not UTF-8, by line, until their rows are written.
  const raws = new Map<number, Uint8Array>();
  let lines: LineBatch = { lines: [], texts: [] };
  let batch: PendingRow[] = [];

  const take = (rows: PendingRow[]) => {
    for (const row of rows) {
      if (row.kind === "invalid") {
        counts.invalid++;
        for (const e of JSON.parse(row.errors!) as { path: string; message: string }[]) p.errors.add(row.sourceLine, e.path, formatError(e));
        row.rawBytes = raws.get(row.sourceLine) ?? null;
        raws.delete(row.sourceLine);
      } else {
        counts.imported++;
        if (row.unknownKeys) counts.unknownKeyRecords++;
      }
      batch.push(row);
    }
  };
  const flush = async () => {
    p.writer.flush(batch, { ...end, imported: counts.imported, invalid: counts.invalid, leaseUntil: leaseUntil() });
    batch = [];
    p.onProgress?.({ lines: end.lines, bytes: end.bytes });
    // Let the server answer other requests between batches.
    await yieldToEventLoop();
  };
  const submit = () => {
    parsing.push({ rows: p.parser.parse(lines), end: { lines: counts.lines, bytes: counts.bytes, sha256: hash.copy().digest("hex") } });
    lines = { lines: [], texts: [] };
  };
  const drainOne = async () => {
    const next = parsing.shift()!;
    take(await next.rows);
    // Batches are written whole, so a write always ends where a parse batch ended.
    end = next.end;
    if (batch.length >= p.batchSize) await flush();
  };

  try {
    for await (const l of splitLines(source, { firstLine: p.start.lines + 1, offset: p.start.bytes })) {
      counts.lines = l.line;
      counts.bytes += l.bytes;
      hash.update(l.data);
      if (l.bytes > l.data.length) hash.update(NEWLINE);
      lines.lines.push(l.line);
      lines.texts.push(l.text);
      if (l.invalidUtf8) {
        (lines.badBytes ??= {})[l.line] = l.invalidUtf8.byte;
        raws.set(l.line, l.invalidUtf8.raw);
      }
      if (lines.lines.length < PARSE_BATCH) continue;
      submit();
      if (parsing.length >= IN_FLIGHT) await drainOne();
    }
    if (lines.lines.length) submit();
    while (parsing.length) await drainOne();
    // Also for a file with nothing left to read: the end is recorded either way.
    await flush();
    return end;
  } finally {
    // Settle what is still being parsed so no rejection goes unhandled.
    await Promise.allSettled(parsing.map((b) => b.rows));
  }
}
