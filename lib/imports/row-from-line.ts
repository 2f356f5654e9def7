import { parseLine } from "../formats/parse-line";
import { contentHash } from "../formats/normalize";
import type { PendingRow } from "./pending-row";
import { invalidUtf8Message } from "./utf8";

// The per-line work of an import: parse, validate, summarise, hash. Pure, so it can
// run in a worker thread beside the thread that writes to the database.

const PREVIEW_OF_INVALID = 240;

/**
 * `badByte`: the line is not UTF-8 there (counted from 1), and `text` is its decoding
 * with U+FFFD; it is kept as an invalid record whatever else it holds, so that it is
 * never taken for what the file said (the caller keeps its bytes).
 */
export function rowFromLine(line: number, text: string, badByte?: number): PendingRow | null {
  const parsed = badByte === undefined ? parseLine(text) : ({ kind: "invalid", errors: [{ path: "", message: invalidUtf8Message(badByte) }] } as const);
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
