import { parseLine } from "../formats/parse-line";
import type { FormatError } from "../formats/format-errors";

// Checks an edited record with the same rules an import applies to a line, so the
// editor, the API and the importer can never disagree on what is valid.
export type RecordVerdict = { kind: "chat" | "preference"; errors: [] } | { kind: "invalid"; errors: FormatError[] };

export function validateRecord(record: unknown): RecordVerdict {
  const parsed = parseLine(JSON.stringify(record));
  if (parsed.kind === "chat" || parsed.kind === "preference") return { kind: parsed.kind, errors: [] };
  if (parsed.kind === "invalid") return { kind: "invalid", errors: parsed.errors };
  return { kind: "invalid", errors: [{ path: "", message: "the record is empty" }] };
}
