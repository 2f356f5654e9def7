import type Database from "better-sqlite3";
import { replaceInRecord } from "../../bulk/find-replace";
import { compileFind, FindPatternError } from "../../bulk/find-pattern";
import { replaceSystemPrompt } from "../../bulk/replace-system-prompt";
import { addToPreview, type FindReplacePreview } from "../../bulk/preview";
import { rowFromLine } from "../../imports/row-from-line";
import { AppError } from "../../errors";
import type { BulkAction, TextActionType } from "../../validation/bulk";
import { redactWithSample } from "../../bulk/redact-pii";
import { CHUNK, SELECTED, TOUCHED } from "./bulk-selection";
import { ensureFirstRevisions } from "../conversations/revisions";
import { withSearchReindexDeferred } from "../search/search-index";

// Bulk edits of message text (system prompt, find-and-replace). Each changed record
// goes through rowFromLine, as an edit on the conversation page does, so its kind,
// errors, preview, turns and hash stay right; its token count is cleared for the
// background counter. Records are read in chunks so a 100k selection never sits in memory.

type TextAction = Extract<BulkAction, { type: TextActionType }>;
export type Row = { id: number; body: string; sourceLine: number | null; datasetId: string };

const READ_CHUNK = 1000;

function editor(
  action: TextAction,
): (record: Record<string, unknown>) => { record: Record<string, unknown>; replacements: number; changes: ReturnType<typeof replaceInRecord>["changes"] } {
  if (action.type === "redact_pii") return redactWithSample;
  if (action.type === "replace_system_prompt") {
    return (record) => {
      const next = replaceSystemPrompt(record, action.text);
      return { record: next, replacements: next === record ? 0 : 1, changes: [] };
    };
  }
  let pattern: ReturnType<typeof compileFind>;
  try {
    pattern = compileFind({ find: action.find, regex: action.regex, caseSensitive: action.case_sensitive });
  } catch (e) {
    if (e instanceof FindPatternError) throw new AppError("bad_request", e.message);
    throw e;
  }
  const opts = { find: action.find, replace: action.replace, regex: action.regex, caseSensitive: action.case_sensitive, role: action.role };
  return (record) => replaceInRecord(record, pattern, opts);
}

/**
 * Applies the edit to the valid records in SELECTED. With `write`, changed records are
 * saved (after their first revision is recorded) and put in TOUCHED; without, only
 * counted. Returns the counts and up to five samples either way.
 */
export function applyTextEdit(db: Database.Database, action: TextAction, opts: { write: boolean; actorId: string; now: string }) {
  const edit = editor(action);
  const preview: FindReplacePreview = { records: 0, occurrences: 0, samples: [] };
  const ids = db.prepare(`SELECT s.id FROM ${SELECTED} s JOIN Conversation c ON c.id = s.id WHERE c.kind != 'invalid' ORDER BY s.id`).pluck().all() as number[];
  const read = db.prepare(`SELECT id, body, sourceLine, datasetId FROM Conversation WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`);
  const save = bodyWriter(db);
  const addChunk = db.prepare(`INSERT INTO ${CHUNK} (id) VALUES (?)`);
  const addTouched = db.prepare(`INSERT INTO ${TOUCHED} (id) SELECT id FROM ${CHUNK}`);

  for (let i = 0; i < ids.length; i += READ_CHUNK) {
    const rows = read.all(JSON.stringify(ids.slice(i, i + READ_CHUNK))) as Row[];
    const changed: { row: Row; text: string }[] = [];
    for (const row of rows) {
      const record = JSON.parse(row.body) as Record<string, unknown>;
      const r = edit(record);
      if (r.record === record) continue;
      addToPreview(preview, row.id, r);
      if (opts.write) changed.push({ row, text: JSON.stringify(r.record) });
    }
    if (!changed.length) continue;
    db.prepare(`DELETE FROM ${CHUNK}`).run();
    for (const c of changed) addChunk.run(c.row.id);
    ensureFirstRevisions(db, CHUNK, opts.actorId);
    addTouched.run();
    withSearchReindexDeferred(db, CHUNK, () => {
      for (const { row, text } of changed) save(row, text);
    });
  }
  return preview;
}

/**
 * Saves a new text for a record with everything derived from it (also used by undo):
 * kind, errors, preview, turns, hash, the earlier record it duplicates, and a cleared
 * token count. Callers re-index search for the rows (withSearchReindexDeferred).
 */
export function bodyWriter(db: Database.Database) {
  const firstWithHash = db.prepare(`SELECT min(id) FROM Conversation WHERE datasetId = ? AND contentHash = ? AND deletedAt IS NULL AND id < ?`).pluck();
  const update = db.prepare(
    `UPDATE Conversation SET kind = ?, body = ?, errors = ?, unknownKeys = ?, preview = ?, turns = ?, contentHash = ?,
       duplicateOfId = ?, tokens = NULL WHERE id = ?`,
  );
  return (row: Row, text: string) => {
    const next = rowFromLine(row.sourceLine ?? 0, text);
    if (!next) return;
    const duplicateOf = next.contentHash ? (firstWithHash.get(row.datasetId, next.contentHash, row.id) as number | null) : null;
    update.run(next.kind, next.body, next.errors, next.unknownKeys, next.preview, next.turns, next.contentHash, duplicateOf, row.id);
  };
}
