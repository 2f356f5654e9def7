import type Database from "better-sqlite3";
import { sqlite } from "../client";
import type { DatasetScope } from "../scope";

// Fills the full-text index for imported rows. Imports insert without a row trigger
// (it would slow them about 5x) and this catches up afterwards, in chunks small enough
// that a running server keeps answering between them. Single edits and deletes are
// kept current by triggers in the search migrations, which extract text the same way;
// bulk text changes set the trigger aside and re-index their rows in one pass.

const CHUNK = 2000;

// Message text of a record, what the index holds and a search snippet is cut from:
// content and tool calls of every message, for chat and preference records alike; an
// invalid record is searchable by its raw line.
export const TEXT_OF_ROW = `CASE WHEN c.kind = 'invalid' OR json_valid(c.body) = 0 THEN c.body ELSE (
  SELECT group_concat(coalesce(json_extract(m.value, '$.content'), '') || ' ' || coalesce(json_extract(m.value, '$.tool_calls'), ''), ' ')
  FROM (
    SELECT value FROM json_each(c.body, '$.messages')
    UNION ALL SELECT value FROM json_each(c.body, '$.input.messages')
    UNION ALL SELECT value FROM json_each(c.body, '$.preferred_output')
    UNION ALL SELECT value FROM json_each(c.body, '$.non_preferred_output')
  ) AS m
) END`;

type Pending = { id: string };

// How far each import's indexing has got, so a chunk is not indexed twice in a run.
const progress = new Map<string, number>();

/** Indexes the next chunk of one pending import; returns false when nothing is left. */
export function indexNextChunk(): boolean {
  const db = sqlite();
  const pending = db.prepare(`SELECT id FROM Import WHERE indexedAt IS NULL AND status != 'running' ORDER BY startedAt LIMIT 1`).get() as Pending | undefined;
  if (!pending) return false;
  const state = progress.get(pending.id) ?? 0;
  const ids = db.prepare(`SELECT id FROM Conversation WHERE importId = ? AND id > ? ORDER BY id LIMIT ${CHUNK}`).pluck().all(pending.id, state) as number[];
  if (ids.length === 0) {
    // Not if it was resumed meanwhile (running again): its new rows still need the index.
    db.prepare(`UPDATE Import SET indexedAt = ? WHERE id = ? AND status != 'running'`).run(new Date().toISOString().replace("Z", "+00:00"), pending.id);
    progress.delete(pending.id);
    return true;
  }
  const first = ids[0];
  const last = ids[ids.length - 1];
  db.transaction(() => {
    // A restart can replay a chunk; re-indexing replaces entries. Only this import's
    // rows: another import running at the same time interleaves its ids.
    reindexRows(db, `c.importId = ? AND c.id BETWEEN ? AND ?`, pending.id, first, last);
  })();
  progress.set(pending.id, last);
  return true;
}

/**
 * Replaces the index entries of the rows `where` selects (on Conversation c): every
 * delete before every insert, because FTS5 flushes its pending inserts at each delete
 * and row-by-row interleaving costs about seven times as much.
 */
export function reindexRows(db: Database.Database, where: string, ...params: unknown[]) {
  db.prepare(`DELETE FROM conversation_fts WHERE rowid IN (SELECT c.id FROM Conversation c WHERE ${where})`).run(...params);
  db.prepare(`INSERT INTO conversation_fts (rowid, text) SELECT c.id, ${TEXT_OF_ROW} FROM Conversation c WHERE ${where}`).run(...params);
}

/**
 * Runs `write` (which changes the bodies of the rows in `idsTable`) with the row
 * trigger set aside, then re-indexes those rows in one pass. Call inside the caller's
 * transaction, so a rollback also takes back the deferral.
 */
export function withSearchReindexDeferred(db: Database.Database, idsTable: string, write: () => void) {
  db.prepare(`INSERT OR IGNORE INTO SearchIndexDeferral (id) VALUES (1)`).run();
  write();
  db.prepare(`DELETE FROM SearchIndexDeferral`).run();
  reindexRows(db, `c.id IN (SELECT id FROM ${idsTable})`);
}

/** Whether any import still waits for the search index (the table says so beside the search box). */
export function searchIndexPending({ datasetId }: DatasetScope): boolean {
  return !!sqlite().prepare(`SELECT 1 FROM Import WHERE datasetId = ? AND indexedAt IS NULL LIMIT 1`).get(datasetId);
}

/** Turns what a user typed into an FTS5 query: every word must match, as a prefix. */
export function toMatchQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}_]+/gu);
  if (!words?.length) return null;
  return words.map((w) => `"${w}"*`).join(" ");
}
