import { fastCheck } from "./fast-check";
import { deepNestingMessage, findDeepNesting } from "./json-depth";
import { describeValue, issueMessage, issuesToErrors, type FormatError } from "./format-errors";
import { contentText } from "./normalize";
import type { ChatLine, LineKind, Message, PreferenceLine } from "./schemas";
import { lineSchema, unknownKeyPaths } from "./strict";

// One JSONL line in, one verdict out. Import calls this for every line of files of
// up to a million lines, so the valid path does as little as it can.

interface LineSummary {
  /** The trimmed line exactly as read, so export can write it back byte for byte. */
  body: string;
  unknownKeys: string[];
  preview: string;
  turns: number;
}

export type ParsedLine =
  | { kind: "blank" }
  | ({ kind: "chat"; record: ChatLine } & LineSummary)
  | ({ kind: "preference"; record: PreferenceLine } & LineSummary)
  | { kind: "invalid"; errors: FormatError[] };

export const PREVIEW_LENGTH = 240;

const BLANK: ParsedLine = { kind: "blank" };
const SHAPES =
  'expected a chat line {"messages": [...]} or a preference line ' + '{"input": {"messages": [...]}, "preferred_output": [...], "non_preferred_output": [...]}';

const invalid = (path: string, message: string): ParsedLine => ({ kind: "invalid", errors: [{ path, message }] });

// V8 quotes the whole line back ("..., \"{...}\" is not valid JSON"); the user has the line already.
export function jsonReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, (?:\.\.\.)?".*is not valid JSON$/s, "");
}

function detectKind(value: Record<string, unknown>): LineKind | FormatError {
  const chat = "messages" in value;
  const preference = "input" in value || "preferred_output" in value || "non_preferred_output" in value;
  if (chat && preference) {
    return { path: "", message: `has both "messages" and preference keys: ${SHAPES}, not both` };
  }
  if (chat) return "chat";
  if (preference) return "preference";
  return { path: "", message: SHAPES };
}

// Only whitespace that is not already a single space: replacing every gap between
// words made the preview the slowest step of parsing a line.
const UNTIDY_SPACE = /\s{2,}|[^\S ]/g;

/** Whitespace collapsed, trimmed, at most PREVIEW_LENGTH characters (ending in … when cut). */
export function previewText(text: string): string {
  // Collapse only as much of the start as the preview needs, widening if gaps ate it.
  for (let window = PREVIEW_LENGTH * 2; ; window *= 4) {
    const collapsed = text.slice(0, window).replace(UNTIDY_SPACE, " ").trim();
    if (collapsed.length > PREVIEW_LENGTH) {
      // Leave room for the ellipsis, and never end on the first half of a surrogate pair.
      const last = collapsed.charCodeAt(PREVIEW_LENGTH - 2);
      const cut = last >= 0xd800 && last <= 0xdbff ? PREVIEW_LENGTH - 2 : PREVIEW_LENGTH - 1;
      return `${collapsed.slice(0, cut).trimEnd()}…`;
    }
    if (window >= text.length) return collapsed;
  }
}

function firstUserText(messages: readonly Message[]): string {
  const user = messages.find((m) => m.role === "user") ?? messages[0];
  return user ? previewText(contentText(user.content)) : "";
}

export function parseLine(text: string): ParsedLine {
  // trim() also drops a BOM (U+FEFF) and the \r of Windows line ends.
  const body = text.trim();
  if (body === "") return BLANK;

  // Before parsing: every step after it walks the value and would overflow the stack.
  const deep = findDeepNesting(body);
  if (deep) return invalid(deep.path, deepNestingMessage(deep.limit));

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return invalid("", `not valid JSON (${jsonReason(error)}): fix the line so it is one JSON object`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return invalid("", `expected a JSON object, got ${describeValue(value)}`);
  }

  const kind = detectKind(value as Record<string, unknown>);
  if (typeof kind !== "string") return { kind: "invalid", errors: [kind] };

  // zod only runs when the fast pass is not sure, which on real files means the line is broken.
  let unknownKeys = fastCheck(value as Record<string, unknown>, kind);
  if (!unknownKeys) {
    const errors = checkLine(kind, value);
    if (errors) return { kind: "invalid", errors };
    unknownKeys = unknownKeyPaths(value, kind);
  }

  const summary = { body, unknownKeys };
  if (kind === "chat") {
    const record = value as ChatLine;
    return { kind, record, ...summary, preview: firstUserText(record.messages), turns: record.messages.length };
  }
  const record = value as PreferenceLine;
  const messages = record.input.messages;
  return { kind, record, ...summary, preview: firstUserText(messages), turns: messages.length + 1 };
}

function checkLine(kind: LineKind, value: object): FormatError[] | null {
  const result = lineSchema(kind).safeParse(value, { error: issueMessage });
  return result.success ? null : issuesToErrors(result.error.issues);
}
