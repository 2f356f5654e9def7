import { redactRecord } from "../quality/pii";
import { PII_PLACEHOLDERS } from "../quality/kinds";
import type { Change } from "./find-replace";

// Bulk redaction of personal data, in the shape the bulk writer expects from a text
// edit: the new record, how many items were replaced, and the first replacement as
// a before/after sample for the preview.

type Json = Record<string, unknown>;

const CONTEXT = 40;

export function redactWithSample(record: Json): { record: Json; replacements: number; changes: Change[] } {
  const r = redactRecord(record);
  if (!r.changed || !r.first) return { record, replacements: 0, changes: [] };
  const replacements = Object.values(r.counts).reduce((n, c) => n + (c ?? 0), 0);
  const { text, match } = r.first;
  // The walker that finds the text does not track where it sits; the context around the match shows it.
  const sample: Change = {
    path: "",
    before: text.slice(Math.max(0, match.start - CONTEXT), match.start),
    found: text.slice(match.start, match.end),
    replaced: PII_PLACEHOLDERS[match.kind],
    after: text.slice(match.end, match.end + CONTEXT),
  };
  return { record: r.record as Json, replacements, changes: [sample] };
}
