import { sqlite } from "../client";

// Fills the full-text index for imported rows. Imports insert without a row trigger
// (it would slow them about 5x) and this catches up afterwards, in chunks small enough
// that a running server keeps answering between them. Edits and deletes are kept
// current by triggers in the search migration, which extract text the same way.

const CHUNK = 2000;

// Message text of a record: content and tool calls of every message, for chat and
// preference records alike; an invalid record is searchable by its raw line.
const TEXT_OF_ROW = `CASE WHEN c.kind = 'invalid' OR json_valid(c.body) = 0 THEN c.body ELSE (
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
  const pending = db
    .prepare(`SELECT id FROM Import WHERE indexedAt IS NULL AND status != 'running' ORDER BY startedAt LIMIT 1`)
    .get() as Pending | undefined;
  if (!pending) return false;
  const state = progress.get(pending.id) ?? 0;
  const ids = db
    .prepare(`SELECT id FROM Conversation WHERE importId = ? AND id > ? ORDER BY id LIMIT ${CHUNK}`)
    .pluck()
    .all(pending.id, state) as number[];
  if (ids.length === 0) {
    db.prepare(`UPDATE Import SET indexedAt = ? WHERE id = ?`).run(new Date().toISOString().replace("Z", "+00:00"), pending.id);
    progress.delete(pending.id);
    return true;
  }
  const first = ids[0];
  const last = ids[ids.length - 1];
  db.transaction(() => {
    // A restart can replay a chunk; deleting first keeps one entry per row. Only this
    // import's rows: another import running at the same time interleaves its ids.
    db.prepare(
      `DELETE FROM conversation_fts WHERE rowid IN (SELECT id FROM Conversation WHERE importId = ? AND id BETWEEN ? AND ?)`,
    ).run(pending.id, first, last);
    db.prepare(
      `INSERT INTO conversation_fts (rowid, text) SELECT c.id, ${TEXT_OF_ROW} FROM Conversation c
       WHERE c.importId = ? AND c.id BETWEEN ? AND ?`,
    ).run(pending.id, first, last);
  })();
  progress.set(pending.id, last);
  return true;
}

/** Whether any import still waits for the search index (the table says so beside the search box). */
export function searchIndexPending(datasetId: string): boolean {
  return !!sqlite()
    .prepare(`SELECT 1 FROM Import WHERE datasetId = ? AND indexedAt IS NULL LIMIT 1`)
    .get(datasetId);
}

/** Turns what a user typed into an FTS5 query: every word must match, as a prefix. */
export function toMatchQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}_]+/gu);
  if (!words?.length) return null;
  return words.map((w) => `"${w}"*`).join(" ");
}
