import { sqlite } from "../client";
import { MARK_CLOSE, MARK_OPEN } from "../../search/snippet-marks";
import { TEXT_OF_ROW, toMatchQuery } from "./search-index";
import type { DatasetScope } from "../scope";

// Why a row matched a search: a few words around the matches, with the matches marked.
// The search index keeps no copy of the text (it is contentless, so the file does not
// hold every message twice), and FTS5's snippet() has nothing to cut from there. So the
// text of the page's rows only is put into a small index in the connection's temp
// database, with the same tokenizer, and snippet() runs there with the same query: the
// marked words are the ones the search matched, prefixes and accents included.

const SNIPPETS = "search_snippet";
/** Tokens of context around the matches: about the two lines a table row shows. */
const SNIPPET_TOKENS = 24;

/** Snippet per record id for the rows that match `q`; records the query does not match (the index is behind) are left out. */
export function searchSnippets(scope: DatasetScope, ids: number[], q: string): Map<number, string> {
  const match = toMatchQuery(q);
  if (!match || ids.length === 0) return new Map();
  const db = sqlite();
  // The temp database belongs to this connection: writing it takes no lock on the
  // dataset's file, and better-sqlite3 runs one statement at a time, so the table is
  // filled, read and emptied with no other caller in between.
  db.prepare(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${SNIPPETS} USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')`).run();
  return db.transaction(() => {
    db.prepare(`DELETE FROM temp.${SNIPPETS}`).run();
    // The delimiters are taken out of the text first, so a message cannot mark words itself.
    db.prepare(
      `INSERT INTO temp.${SNIPPETS} (rowid, text)
       SELECT c.id, replace(replace(${TEXT_OF_ROW}, ?, ''), ?, '') FROM Conversation c WHERE c.datasetId = ? AND c.id IN (SELECT value FROM json_each(?))`,
    ).run(MARK_OPEN, MARK_CLOSE, scope.datasetId, JSON.stringify(ids));
    const rows = db
      .prepare(`SELECT rowid AS id, snippet(${SNIPPETS}, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet FROM temp.${SNIPPETS} WHERE ${SNIPPETS} MATCH ?`)
      .all(MARK_OPEN, MARK_CLOSE, match) as { id: number; snippet: string | null }[];
    db.prepare(`DELETE FROM temp.${SNIPPETS}`).run();
    return new Map(rows.flatMap((r) => (r.snippet ? [[Number(r.id), r.snippet] as const] : [])));
  })();
}
