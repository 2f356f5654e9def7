import { findPii, redactRecord } from "../quality/pii";
import { PII_PLACEHOLDERS } from "../quality/kinds";
import type { Change } from "./find-replace";

// Bulk redaction of personal data, in the shape the bulk writer expects from a text
// edit: the new record, how many items were replaced, and the first replacement as
// a before/after sample for the preview.

type Json = Record<string, unknown>;

const CONTEXT = 40;

export function redactWithSample(record: Json): { record: Json; replacements: number; changes: Change[] } {
  const r = redactRecord(record);
  if (!r.changed) return { record, replacements: 0, changes: [] };
  const replacements = Object.values(r.counts).reduce((n, c) => n + (c ?? 0), 0);
  const sample = firstRedaction(record);
  return { record: r.record as Json, replacements, changes: sample ? [sample] : [] };
}

/** The first item of personal data in the record's message text, as a preview sample. */
function firstRedaction(record: Json): Change | null {
  for (const [path, text] of messageTexts(record)) {
    const [match] = findPii(text);
    if (!match) continue;
    return {
      path,
      before: text.slice(Math.max(0, match.start - CONTEXT), match.start),
      found: text.slice(match.start, match.end),
      replaced: PII_PLACEHOLDERS[match.kind],
      after: text.slice(match.end, match.end + CONTEXT),
    };
  }
  return null;
}

function* messageTexts(record: Json): Generator<[string, string]> {
  const lists: [string, unknown][] = [
    ["messages", record.messages],
    ["input.messages", (record.input as Json | undefined)?.messages],
    ["preferred_output", record.preferred_output],
    ["non_preferred_output", record.non_preferred_output],
  ];
  for (const [base, list] of lists) {
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const m = list[i] as Json | null;
      if (!m || typeof m !== "object") continue;
      if (typeof m.content === "string") yield [`${base}[${i}].content`, m.content];
      else if (Array.isArray(m.content)) {
        for (let j = 0; j < m.content.length; j++) {
          const part = m.content[j] as Json | null;
          if (part && typeof part.text === "string") yield [`${base}[${i}].content[${j}].text`, part.text];
        }
      }
      if (Array.isArray(m.tool_calls)) {
        for (let j = 0; j < m.tool_calls.length; j++) {
          const args = (m.tool_calls[j] as { function?: { arguments?: unknown } } | null)?.function?.arguments;
          if (typeof args === "string") yield [`${base}[${i}].tool_calls[${j}].function.arguments`, args];
        }
      }
    }
  }
}
