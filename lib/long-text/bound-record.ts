import { createHash } from "node:crypto";
import type { ConversationRecord } from "../validation/conversation-record";
import { cutText } from "./cut-text";
import { PAGE_TEXT_BUDGET, SHOWN_CHARS } from "./limits";
import type { ShortenedText, TextPath } from "./shortened-text";

// A record as a page sends it: every text over SHOWN_CHARS shortened to its start, and
// once PAGE_TEXT_BUDGET characters are spent, the remaining turns of a long conversation
// left out (the page offers to load them). What is left out is never lost: the
// shortened texts carry where they live, and a save puts the stored text back.

/** Turns of the array at `path` from `from` on, not sent with the page (of conversation `id` at `version`). */
export type HiddenTurns = { path: TextPath; from: number; count: number; id: number; version: number };

/** Pages need to know a line was not UTF-8, not its original bytes (as large as the line). */
export type BoundedRecord = Omit<ConversationRecord, "raw" | "raw_base64"> & { raw?: string | ShortenedText; hidden_turns?: HiddenTurns[]; not_utf8?: boolean };

/** Once the budget is spent, a text still shows this much of its start. */
const MIN_SHOWN = 500;

type Walk = { id: number; version: number; left: number; hidden: HiddenTurns[] };

export const textDigest = (text: string) => createHash("sha1").update(text).digest("hex");

export function shorten(text: string, path: TextPath, w: Pick<Walk, "id" | "version">, max = SHOWN_CHARS): string | ShortenedText {
  if (text.length <= max) return text;
  return { $shortened: { text: cutText(text, max), length: text.length, path, id: w.id, version: w.version, digest: textDigest(text) } };
}

function boundValue(value: unknown, path: TextPath, w: Walk): unknown {
  if (typeof value === "string") {
    // Every long text shows the same start while the budget lasts ("Showing 20,000 of …"), then a short one.
    const out = shorten(value, path, w, w.left > 0 ? SHOWN_CHARS : MIN_SHOWN);
    w.left -= typeof out === "string" ? out.length : out.$shortened.text.length;
    return out;
  }
  if (Array.isArray(value)) return value.map((v, i) => boundValue(v, [...path, i], w));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, boundValue(v, [...path, k], w)]));
  }
  return value;
}

/** Turns in order until the budget is spent (the first one always), the rest noted as hidden. */
function boundTurns(turns: unknown[], path: TextPath, from: number, w: Walk): unknown[] {
  const out: unknown[] = [];
  for (let i = from; i < turns.length; i++) {
    if (w.left <= 0 && out.length > 0) {
      w.hidden.push({ path, from: i, count: turns.length - i, id: w.id, version: w.version });
      break;
    }
    out.push(boundValue(turns[i], [...path, i], w));
  }
  return out;
}

export function boundRecord(record: ConversationRecord, budget = PAGE_TEXT_BUDGET): BoundedRecord {
  const w: Walk = { id: Number(record.id), version: record.version, left: budget, hidden: [] };
  const { raw_base64, ...rest } = record;
  const out: Record<string, unknown> = { ...rest, ...(raw_base64 !== undefined ? { not_utf8: true } : {}) };
  if (typeof record.raw === "string") out.raw = boundValue(record.raw, ["raw"], w);
  if (Array.isArray(record.messages)) out.messages = boundTurns(record.messages, ["messages"], 0, w);
  const input = record.input as { messages?: unknown } | undefined;
  if (input && typeof input === "object" && Array.isArray(input.messages)) {
    // The answers are what a reviewer compares: they are bounded before a long prompt spends the budget.
    for (const key of ["preferred_output", "non_preferred_output"] as const) out[key] = boundValue(record[key], [key], w);
    const { messages, ...rest } = input;
    out.input = { ...(boundValue(rest, ["input"], w) as object), messages: boundTurns(messages, ["input", "messages"], 0, w) };
  }
  for (const key of ["tools", "extra"] as const) {
    // `extra` holds the line's own top-level keys: their paths start at the root.
    if (record[key] !== undefined) out[key] = key === "extra" ? boundExtra(record.extra!, w) : boundValue(record[key], [key], w);
  }
  for (const key of ["preferred_output", "non_preferred_output", "parallel_tool_calls"] as const) {
    if (!(key in out) && record[key] !== undefined) out[key] = boundValue(record[key], [key], w);
  }
  if (w.hidden.length) out.hidden_turns = w.hidden;
  return out as BoundedRecord;
}

function boundExtra(extra: Record<string, unknown>, w: Walk) {
  return Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, boundValue(v, [k], w)]));
}

/** Turns `from` on of the array at `path` of a parsed record, bounded as a page sends them ("Show more turns"). */
export function boundTurnsFrom(parsed: unknown, ref: { id: number; version: number }, path: TextPath, from: number, budget = PAGE_TEXT_BUDGET) {
  const turns = valueAt(parsed, path);
  if (!Array.isArray(turns)) return null;
  const w: Walk = { ...ref, left: budget, hidden: [] };
  return { turns: boundTurns(turns, path, Math.min(from, turns.length), w), total: turns.length, hidden: w.hidden[0] ?? null };
}

/** The value at `path` in a parsed record, or undefined. */
export function valueAt(root: unknown, path: TextPath): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    if (Array.isArray(v) ? typeof key !== "number" : typeof key !== "string" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}
