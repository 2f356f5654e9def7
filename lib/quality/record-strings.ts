import { mapJsonStrings } from "./json-strings";
import { isObject } from "./record-messages";

// The free text of a training record that may carry personal data: message content
// (string, text parts, refusal parts), the `refusal` field, the speaker's `name`,
// and the strings inside tool-call arguments (and legacy `function_call` ones).
// One walker serves both scanning and redaction, so the two always agree on where
// they look. It copies only what changes: every untouched object is returned as
// it came in, keys in their order, so an unchanged record is the same object.

type Json = Record<string, unknown>;

export type StringVisitor = {
  /** Sees each string; returning a different one replaces it in the copy. */
  rewrite: (text: string) => string;
  /** Sees arguments that are not valid JSON: read only, since no edit could keep them JSON. */
  readOnly?: (text: string) => void;
};

/** `{ ...obj, [key]: value }` keeps the key where it was; only called for a changed value. */
function withKey(obj: Json, key: string, value: unknown): Json {
  return { ...obj, [key]: value };
}

/** Maps an array, copying it only once an element changes. */
function mapArray(list: unknown[], fn: (item: unknown) => unknown): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const next = fn(list[i]);
    if (next !== list[i] && !out) out = list.slice(0, i);
    if (out) out.push(next);
  }
  return out ?? list;
}

function mapField(obj: Json, key: string, fn: (value: unknown) => unknown): Json {
  if (!(key in obj)) return obj;
  const next = fn(obj[key]);
  return next === obj[key] ? obj : withKey(obj, key, next);
}

function mapString(value: unknown, v: StringVisitor): unknown {
  return typeof value === "string" ? v.rewrite(value) : value;
}

function mapArguments(value: unknown, v: StringVisitor): unknown {
  if (typeof value !== "string") return value;
  const next = mapJsonStrings(value, v.rewrite);
  if (next !== null) return next;
  v.readOnly?.(value);
  return value;
}

function mapPart(part: unknown, v: StringVisitor): unknown {
  if (!isObject(part)) return part;
  if (part.type === "text") return mapField(part, "text", (t) => mapString(t, v));
  if (part.type === "refusal") return mapField(part, "refusal", (t) => mapString(t, v));
  return part;
}

function mapCall(call: unknown, v: StringVisitor): unknown {
  if (!isObject(call)) return call;
  return mapField(call, "function", (fn) => (isObject(fn) ? mapField(fn, "arguments", (a) => mapArguments(a, v)) : fn));
}

function mapMessage(message: unknown, v: StringVisitor): unknown {
  if (!isObject(message)) return message;
  let m = mapField(message, "content", (c) => (Array.isArray(c) ? mapArray(c, (p) => mapPart(p, v)) : mapString(c, v)));
  m = mapField(m, "refusal", (r) => mapString(r, v));
  m = mapField(m, "name", (n) => mapString(n, v));
  m = mapField(m, "tool_calls", (calls) => (Array.isArray(calls) ? mapArray(calls, (c) => mapCall(c, v)) : calls));
  m = mapField(m, "function_call", (fc) => (isObject(fc) ? mapField(fc, "arguments", (a) => mapArguments(a, v)) : fc));
  return m;
}

function mapMessages(list: unknown, v: StringVisitor): unknown {
  return Array.isArray(list) ? mapArray(list, (m) => mapMessage(m, v)) : list;
}

/**
 * Walks the text of a chat record (`messages`) or a preference record (`input.messages`,
 * `preferred_output`, `non_preferred_output`); returns `record` itself when no string
 * changed. Any other value passes through untouched.
 */
export function mapRecordStrings(record: unknown, v: StringVisitor): unknown {
  if (!isObject(record)) return record;
  let r: Json = mapField(record, "messages", (list) => mapMessages(list, v));
  r = mapField(r, "input", (input) => (isObject(input) ? mapField(input, "messages", (list) => mapMessages(list, v)) : input));
  r = mapField(r, "preferred_output", (list) => mapMessages(list, v));
  return mapField(r, "non_preferred_output", (list) => mapMessages(list, v));
}
