// Find-and-replace over the message text of one record, for bulk edits. Pure: it
// never mutates its input and keeps keys the format does not define, so the caller
// can compare, preview, or write the result. Text lives in `content` strings and in
// text content parts; tool calls, names and image parts are left alone. Patterns
// come from compileFind (find-pattern.ts): RE2, never the backtracking engine.

import type RE2 from "re2";

type Json = Record<string, unknown>;

export type FindReplaceOptions = {
  find: string;
  replace: string;
  regex?: boolean;
  caseSensitive?: boolean;
  /** Only messages with this role (system, user, assistant, tool). */
  role?: string;
};

export type Change = {
  /** Where the text sits in the record, e.g. `messages[2].content`. */
  path: string;
  /** Up to CONTEXT characters before and after the first occurrence in that text. */
  before: string;
  found: string;
  replaced: string;
  after: string;
};

export type RecordReplacement = { record: Json; replacements: number; changes: Change[] };

const CONTEXT = 40;

/** `$1`, `$<name>`, `$&` and `$$` in a regex replacement, as String.replace reads them. */
function expand(template: string, match: string, groups: (string | undefined)[], named: Json | undefined): string {
  return template.replace(/\$(\$|&|<([^>]*)>|\d{1,2})/g, (all, token: string, name: string | undefined) => {
    if (token === "$") return "$";
    if (token === "&") return match;
    if (name !== undefined) return named && typeof named[name] === "string" ? (named[name] as string) : "";
    const n = Number(token);
    return n >= 1 && n <= groups.length ? (groups[n - 1] ?? "") : all;
  });
}

/** Replaces in one string; counts only non-empty matches (a zero-width one is left as it is). */
export function replaceInText(text: string, pattern: RE2, opts: Pick<FindReplaceOptions, "replace" | "regex">, path = "") {
  let count = 0;
  let first: Change | null = null;
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    if (match === "") return match;
    const hasNamed = typeof rest[rest.length - 1] === "object" && rest[rest.length - 1] !== null;
    const named = hasNamed ? (rest[rest.length - 1] as Json) : undefined;
    const offset = rest[rest.length - (hasNamed ? 3 : 2)] as number;
    const groups = rest.slice(0, rest.length - (hasNamed ? 3 : 2)) as (string | undefined)[];
    const replaced = opts.regex ? expand(opts.replace, match, groups, named) : opts.replace;
    count++;
    if (!first) {
      first = {
        path,
        before: text.slice(Math.max(0, offset - CONTEXT), offset),
        found: match,
        replaced,
        after: text.slice(offset + match.length, offset + match.length + CONTEXT),
      };
    }
    return replaced;
  });
  return { text: out, count, first: first as Change | null };
}

type Context = { pattern: RE2; opts: FindReplaceOptions; changes: Change[]; count: number };

function inMessage(m: unknown, path: string, ctx: Context): unknown {
  if (typeof m !== "object" || m === null || Array.isArray(m)) return m;
  const message = m as Json;
  if (ctx.opts.role && message.role !== ctx.opts.role) return m;
  const content = message.content;
  if (typeof content === "string") {
    const r = replaceInText(content, ctx.pattern, ctx.opts, `${path}.content`);
    if (!r.count) return m;
    ctx.count += r.count;
    if (r.first) ctx.changes.push(r.first);
    return { ...message, content: r.text };
  }
  if (!Array.isArray(content)) return m;
  let changed = false;
  const parts = content.map((part, j) => {
    if (typeof part !== "object" || part === null || (part as Json).type !== "text" || typeof (part as Json).text !== "string") return part;
    const r = replaceInText((part as Json).text as string, ctx.pattern, ctx.opts, `${path}.content[${j}].text`);
    if (!r.count) return part;
    changed = true;
    ctx.count += r.count;
    if (r.first) ctx.changes.push(r.first);
    return { ...(part as Json), text: r.text };
  });
  return changed ? { ...message, content: parts } : m;
}

function inList(list: unknown, path: string, ctx: Context): unknown {
  if (!Array.isArray(list)) return list;
  const next = list.map((m, i) => inMessage(m, `${path}[${i}]`, ctx));
  return next.some((m, i) => m !== list[i]) ? next : list;
}

/**
 * Replaces in every message of a chat record (`messages`) or a preference record
 * (`input.messages`, `preferred_output`, `non_preferred_output`). Returns the record
 * itself when nothing matched, so `result.record === record` means "unchanged".
 */
export function replaceInRecord(record: Json, pattern: RE2, opts: FindReplaceOptions): RecordReplacement {
  const ctx: Context = { pattern, opts, changes: [], count: 0 };
  let next: Json = record;
  if (Array.isArray(record.messages)) {
    const messages = inList(record.messages, "messages", ctx);
    if (messages !== record.messages) next = { ...next, messages };
  }
  const input = record.input;
  if (typeof input === "object" && input !== null && Array.isArray((input as Json).messages)) {
    const messages = inList((input as Json).messages, "input.messages", ctx);
    if (messages !== (input as Json).messages) next = { ...next, input: { ...(input as Json), messages } };
  }
  for (const key of ["preferred_output", "non_preferred_output"] as const) {
    const list = inList(record[key], key, ctx);
    if (list !== record[key]) next = { ...next, [key]: list };
  }
  return { record: next, replacements: ctx.count, changes: ctx.changes };
}
