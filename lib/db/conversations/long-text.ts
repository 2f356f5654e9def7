import { sqlite } from "../client";
import { AppError, notFound } from "../../errors";
import { chunkBounds } from "../../long-text/cut-text";
import { TEXT_CHUNK_CHARS } from "../../long-text/limits";
import { boundTurnsFrom, textDigest, valueAt } from "../../long-text/bound-record";
import { isShortened, type TextPath } from "../../long-text/shortened-text";
import type { DatasetScope } from "../scope";

// The stored side of shortened texts: "Show all" reads the whole text (in chunks) from
// the version the page showed, and a save puts the stored text back where the editor
// sent the shortened form, refusing when it cannot prove it is the same text.

type Body = { kind: string; body: string };

/** The record's body as it was at `version`: the row while current, else its revision. */
export function bodyAtVersion(scope: DatasetScope, id: number, version: number): Body | null {
  const db = sqlite();
  const row = db.prepare(`SELECT kind, body, version FROM Conversation WHERE id = ? AND datasetId = ? AND deletedAt IS NULL`).get(id, scope.datasetId) as
    (Body & { version: number }) | undefined;
  if (!row) throw notFound(`Conversation ${id}`);
  if (row.version === version) return row;
  return (db.prepare(`SELECT kind, body FROM Revision WHERE conversationId = ? AND version = ?`).get(id, version) as Body | undefined) ?? null;
}

/** The text at `path` of a stored body; an invalid line's own text is at ["raw"]. */
export function textAt(stored: Body, path: TextPath): string | undefined {
  if (stored.kind === "invalid" && path.length === 1 && path[0] === "raw") return stored.body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored.body);
  } catch {
    return undefined;
  }
  const v = valueAt(parsed, path);
  return typeof v === "string" ? v : undefined;
}

export type TextChunk = { version: number; length: number; offset: number; end: number; text: string };

// "Show all" asks for a long text a chunk at a time; parsing a 10 MB body for each chunk
// would cost more than the chunk. A version's body never changes, so the last text read
// is kept for the next chunk.
let lastText: { key: string; text: string } | null = null;

export function readTextChunk(scope: DatasetScope, id: number, version: number, path: TextPath, offset: number): TextChunk {
  const key = JSON.stringify([id, version, path]);
  // A conversation moved to the trash since (or of another dataset) is not found, cached or not.
  const live = sqlite().prepare(`SELECT 1 FROM Conversation WHERE id = ? AND datasetId = ? AND deletedAt IS NULL`).get(id, scope.datasetId);
  let text = live && lastText?.key === key ? lastText.text : undefined;
  if (text === undefined) {
    const stored = bodyAtVersion(scope, id, version);
    if (!stored) throw notFound(`Version ${version} of conversation ${id}`);
    text = textAt(stored, path);
    if (text === undefined) throw notFound(`A text at ${describePath(path)} in version ${version} of conversation ${id}`);
    lastText = { key, text };
  }
  const { start, end } = chunkBounds(text, offset, TEXT_CHUNK_CHARS);
  return { version, length: text.length, offset: start, end, text: text.slice(start, end) };
}

/** The turns a long conversation's page left out, from `from` on, bounded like the page. */
export function readMoreTurns(scope: DatasetScope, id: number, version: number, path: TextPath, from: number) {
  const stored = bodyAtVersion(scope, id, version);
  if (!stored) throw notFound(`Version ${version} of conversation ${id}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored.body);
  } catch {
    parsed = undefined;
  }
  const turns = boundTurnsFrom(parsed, { id, version }, path, from);
  if (!turns) throw notFound(`Turns at ${describePath(path)} in version ${version} of conversation ${id}`);
  return { version, from, ...turns };
}

/**
 * `value` with every shortened text replaced by the whole stored text it stands for.
 * A shortened text that cannot be matched (another conversation, a version gone, a text
 * since changed) refuses the save: storing its start over the whole text would lose data.
 */
export function restoreShortened(scope: DatasetScope, value: unknown, id: number): unknown {
  const bodies = new Map<number, Body | null>();
  const walk = (v: unknown): unknown => {
    if (isShortened(v)) {
      const s = v.$shortened;
      if (!bodies.has(s.version)) bodies.set(s.version, s.id === id ? bodyAtVersion(scope, id, s.version) : null);
      const stored = bodies.get(s.version);
      const text = stored && s.id === id ? textAt(stored, s.path) : undefined;
      if (text === undefined || text.length !== s.length || textDigest(text) !== s.digest) {
        throw new AppError(
          "bad_request",
          `${describePath(s.path)} was sent shortened (${s.text.length.toLocaleString("en-US")} of ${s.length.toLocaleString("en-US")} characters) and its whole text could not be found; nothing was saved. Reload the conversation, load the whole text and make the change again.`,
        );
      }
      return text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

/** ["messages", 3, "content"] → "messages[3].content", as the format's errors name places. */
export function describePath(path: TextPath): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}
