import type Database from "better-sqlite3";
import type { BodyRow } from "../../dedup/sign-batch";

// The rows a de-duplication run reads: live records with a parsed body (an invalid
// line has no conversation to compare). Used by the run's worker threads, each on its
// own read-only connection, and by the incremental check on the main one.

const LIVE = `deletedAt IS NULL AND kind != 'invalid'`;

export function readIdRange(db: Database.Database, datasetId: string, from: number, to: number): BodyRow[] {
  return db
    .prepare(`SELECT id, body, contentHash FROM Conversation WHERE datasetId = ? AND id >= ? AND id <= ? AND ${LIVE} ORDER BY id`)
    .all(datasetId, from, to) as BodyRow[];
}

export function readIds(db: Database.Database, ids: readonly number[]): BodyRow[] {
  return db
    .prepare(`SELECT c.id, c.body, c.contentHash FROM json_each(?) j JOIN Conversation c ON c.id = j.value WHERE ${LIVE}`)
    .all(JSON.stringify(ids)) as BodyRow[];
}

export function liveIds(db: Database.Database, datasetId: string): number[] {
  return db.prepare(`SELECT id FROM Conversation WHERE datasetId = ? AND ${LIVE} ORDER BY id`).pluck().all(datasetId) as number[];
}
