import type Database from "better-sqlite3";
import { conversationWhere } from "../conversations/conversation-where";
import type { BulkSelection } from "../../validation/bulk";
import type { DatasetScope } from "../scope";

// The rows a bulk change works on, held in temp tables of the bulk connection so
// every later step is one set-based statement. Temp tables belong to the connection
// and are emptied at the start of each change; better-sqlite3 runs one at a time.

/** The selected ids; the touched ones (actually changed); a chunk of touched ids being written. */
export const SELECTED = "temp.bulk_selected";
export const TOUCHED = "temp.bulk_touched";
export const CHUNK = "temp.bulk_chunk";

export function resetBulkTables(db: Database.Database) {
  for (const t of [SELECTED, TOUCHED, CHUNK]) {
    db.prepare(`CREATE TABLE IF NOT EXISTS ${t} (id INTEGER PRIMARY KEY)`).run();
    db.prepare(`DELETE FROM ${t}`).run();
  }
}

/**
 * Fills SELECTED with the dataset's records named by the selection: ids that belong
 * to the dataset, or every record matching the table filter. `inTrash` picks from the
 * trash instead (restore). Returns how many were selected.
 */
export function selectForBulk(db: Database.Database, scope: DatasetScope, selection: BulkSelection, inTrash: boolean): number {
  const { datasetId } = scope;
  if ("ids" in selection) {
    // Ids first, then a primary-key check of each: a join with json_each lets SQLite
    // scan the whole table once per id.
    db.prepare(`INSERT OR IGNORE INTO ${SELECTED} (id) SELECT value FROM json_each(?)`).run(JSON.stringify(selection.ids));
    db.prepare(
      `DELETE FROM ${SELECTED} WHERE NOT EXISTS (SELECT 1 FROM Conversation c
         WHERE c.id = ${SELECTED}.id AND c.datasetId = ? AND c.deletedAt IS ${inTrash ? "NOT " : ""}NULL)`,
    ).run(datasetId);
    return db.prepare(`SELECT count(*) FROM ${SELECTED}`).pluck().get() as number;
  }
  const where = conversationWhere(scope, selection.filter, "c", inTrash);
  return db.prepare(`INSERT INTO ${SELECTED} (id) SELECT c.id FROM Conversation c WHERE ${where.sql}`).run(...where.params).changes;
}

/** Moves rows from a SELECT of ids into TOUCHED; returns how many. */
export function touch(db: Database.Database, selectIds: string, ...params: unknown[]): number {
  return db.prepare(`INSERT OR IGNORE INTO ${TOUCHED} (id) ${selectIds}`).run(...params).changes;
}
