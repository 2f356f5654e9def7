import { createHash, hash } from "node:crypto";
import type { LineRecord, Message, OutputMessage } from "./schemas";

// "Exact duplicate" in Tuneset means the same conversation once whitespace, case,
// Unicode compatibility forms and spacing around punctuation are ignored.

const INVISIBLE = /\p{Cf}/gu; // zero-width spaces, soft hyphens, BOMs: invisible, so not a difference
const PUNCTUATION = /\p{P}/u;
const ASCII_PUNCTUATION = Array.from({ length: 128 }, (_, c) => PUNCTUATION.test(String.fromCharCode(c)));

// Exactly the characters `\s` matches.
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isPunctuation = (cp: number) => (cp < 128 ? ASCII_PUNCTUATION[cp] : PUNCTUATION.test(String.fromCodePoint(cp)));

function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? (s.codePointAt(i - 2) ?? c) : c;
}

/**
 * NFKC, lower case, invisible format characters dropped, whitespace runs collapsed
 * to one space, no space next to punctuation, trimmed: "Hello ,  World !" and
 * "hello, world!" both become "hello,world!".
 */
export function normalizeText(s: string): string {
  const text = s.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
  // One pass that copies untouched stretches whole: the regex version (a match per
  // gap between words) made hashing a large import take minutes.
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    const drop = i === 0 || end === text.length || isPunctuation(codePointBefore(text, i)) || isPunctuation(text.codePointAt(end) ?? 0);
    if (drop || end - i > 1 || c !== 32) {
      out += text.slice(copied, i) + (drop ? "" : " ");
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Media is named, not inlined: a base64 image would swamp the text (and every
// consumer of it, such as search and MinHash) while a digest still tells two apart.
function mediaRef(s: string): string {
  return s.length <= 200 ? s : `sha1:${createHash("sha1").update(s).digest("hex").slice(0, 16)}`;
}

type Part = { type: string; [key: string]: unknown };

function partText(part: Part): string {
  switch (part.type) {
    case "text":
      return String(part.text);
    case "refusal":
      return String(part.refusal);
    case "image_url":
      return `[image ${mediaRef(String((part.image_url as { url: string }).url))}]`;
    case "input_audio":
      return `[audio ${mediaRef(String((part.input_audio as { data: string }).data))}]`;
    case "file": {
      const file = part.file as { file_id?: string; filename?: string; file_data?: string };
      return `[file ${mediaRef(file.file_id ?? file.filename ?? file.file_data ?? "")}]`;
    }
    default:
      return "";
  }
}

/** The text of a message's content, whether a string or content parts. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return (content as Part[]).map(partText).filter(Boolean).join(" ");
}

type AnyMessage = Message | OutputMessage;

function messageText(message: AnyMessage): string {
  const pieces = [contentText(message.content)];
  if (message.role === "assistant") {
    if (message.refusal) pieces.push(message.refusal);
    for (const call of message.tool_calls ?? []) pieces.push(`${call.function.name}(${call.function.arguments})`);
    if (message.function_call) pieces.push(`${message.function_call.name}(${message.function_call.arguments})`);
  }
  return pieces.filter(Boolean).join(" ");
}

export interface Turn {
  role: string;
  text: string;
}

/** Every message as role and plain text; preference answers carry their side in the role. */
export function recordTurns(record: LineRecord): Turn[] {
  const plain = (m: AnyMessage): Turn => ({ role: m.role, text: messageText(m) });
  if ("messages" in record) return record.messages.map(plain);
  return [
    ...record.input.messages.map(plain),
    ...record.preferred_output.map((m) => ({ role: "preferred assistant", text: messageText(m) })),
    ...record.non_preferred_output.map((m) => ({ role: "non-preferred assistant", text: messageText(m) })),
  ];
}

/** `system: ...\nuser: ...\nassistant: ...`, tool calls as `name(arguments)`. */
export function conversationText(record: LineRecord): string {
  return recordTurns(record)
    .map((t) => `${t.role}: ${t.text}`)
    .join("\n");
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
let scratch = new Uint8Array(1 << 16);

function reserve(pos: number, more: number) {
  if (pos + more <= scratch.length) return;
  const bigger = new Uint8Array(Math.max(scratch.length * 2, pos + more));
  bigger.set(scratch.subarray(0, pos));
  scratch = bigger;
}

// Per-code-unit tables for the Basic Multilingual Plane, built once on first use:
// a regex test per character was most of the cost of hashing non-English text.
let bmpPunct: Uint8Array | undefined;
function punctTable(): Uint8Array {
  if (!bmpPunct) {
    bmpPunct = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmpPunct[c] = PUNCTUATION.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return bmpPunct;
}

/**
 * normalizeText's spacing rules and lower-casing in one pass, written as UTF-8
 * straight into the hash buffer, with no intermediate strings: import hashes every
 * line and this is most of its cost. The caller has applied NFKC and dropped
 * invisible characters when the text is not ASCII (for ASCII both are no-ops).
 */
function writeNormalized(s: string, pos: number): number {
  reserve(pos, s.length * 3);
  // Locals, not the module's bindings: this loop runs for every character imported.
  const out = scratch;
  const punctAt = punctTable();
  let pendingSpace = false;
  let started = false;
  let lastPunct = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c)) {
      pendingSpace = started;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) cp = s.codePointAt(i) ?? c;
    const punct = cp < 0x10000 ? punctAt[cp] === 1 : PUNCTUATION.test(String.fromCodePoint(cp));
    if (pendingSpace && !lastPunct && !punct) out[pos++] = 32;
    pendingSpace = false;
    lastPunct = punct;
    started = true;
    if (cp < 0x80) {
      if (c >= 65 && c <= 90) c += 32;
      out[pos++] = c;
    } else if (cp < 0x800) {
      out[pos++] = 0xc0 | (cp >> 6);
      out[pos++] = 0x80 | (cp & 63);
    } else if (cp < 0x10000) {
      out[pos++] = 0xe0 | (cp >> 12);
      out[pos++] = 0x80 | ((cp >> 6) & 63);
      out[pos++] = 0x80 | (cp & 63);
    } else {
      out[pos++] = 0xf0 | (cp >> 18);
      out[pos++] = 0x80 | ((cp >> 12) & 63);
      out[pos++] = 0x80 | ((cp >> 6) & 63);
      out[pos++] = 0x80 | (cp & 63);
      i++;
    }
  }
  return pos;
}

/** writeNormalized for pure ASCII: the common case, with nothing but table lookups per character. */
function writeNormalizedAscii(s: string, pos: number): number {
  reserve(pos, s.length);
  const out = scratch;
  const punctAt = ASCII_PUNCT_BYTES;
  let pendingSpace = false;
  let started = false;
  let lastPunct = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      pendingSpace = started;
      continue;
    }
    const punct = punctAt[c];
    if (pendingSpace && (lastPunct | punct) === 0) out[pos++] = 32;
    pendingSpace = false;
    lastPunct = punct;
    started = true;
    out[pos++] = LOWER_ASCII[c];
  }
  return pos;
}

const ASCII_PUNCT_BYTES = Uint8Array.from(ASCII_PUNCTUATION, (p) => (p ? 1 : 0));
const LOWER_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/**
 * Hex SHA-1 of the normalised conversation. Each turn is normalised on its own so
 * that a turn boundary never collapses into a space inside one turn's text.
 */
export function contentHash(record: LineRecord): string {
  return turnsHash(recordTurns(record));
}

/** contentHash over chosen turns (de-duplication compares user or assistant turns alone). */
export function turnsHash(turns: readonly Turn[]): string {
  let pos = 0;
  for (const [i, t] of turns.entries()) {
    if (i > 0) {
      reserve(pos, 1);
      scratch[pos++] = 10;
    }
    const text = `${t.role}: ${t.text}`;
    pos = ASCII_ONLY.test(text) ? writeNormalizedAscii(text, pos) : writeNormalized(text.normalize("NFKC").toLowerCase().replace(INVISIBLE, ""), pos);
  }
  // One-shot hashing: createHash() costs more than hashing a typical line.
  return hash("sha1", scratch.subarray(0, pos), "hex");
}
