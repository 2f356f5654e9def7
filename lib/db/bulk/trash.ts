import { sqlite } from "../client";
import { sqliteTimestamp } from "../imports/conversation-writer";
import type { DatasetScope } from "../scope";

// The trash: conversations moved there stay recoverable for 30 days, then are purged
// for good (with their history). Bulk "delete" puts them here and "restore" takes
// them out (apply-bulk-action.ts); this file lists and purges.

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which a trashed record is due for purging. */
export const trashCutoff = (now = new Date()) => sqliteTimestamp(new Date(now.getTime() - TRASH_DAYS * DAY_MS));

export type TrashRow = { id: number; kind: string; status: string; preview: string; sourceLine: number | null; deletedAt: string; purgeAt: string };

/** A dataset's trashed conversations, most recently deleted first. */
export function listTrash({ datasetId }: DatasetScope, limit = 500): TrashRow[] {
  const rows = sqlite()
    .prepare(
      `SELECT id, kind, status, preview, sourceLine, deletedAt FROM Conversation
       WHERE datasetId = ? AND deletedAt IS NOT NULL AND deletedAt >= ? ORDER BY deletedAt DESC, id DESC LIMIT ?`,
    )
    .all(datasetId, trashCutoff(), limit) as Omit<TrashRow, "purgeAt">[];
  return rows.map((r) => {
    const deleted = new Date(r.deletedAt);
    return { ...r, deletedAt: deleted.toISOString(), purgeAt: new Date(deleted.getTime() + TRASH_DAYS * DAY_MS).toISOString() };
  });
}

export function countTrash({ datasetId }: DatasetScope): number {
  return sqlite()
    .prepare(`SELECT count(*) FROM Conversation WHERE datasetId = ? AND deletedAt IS NOT NULL AND deletedAt >= ?`)
    .pluck()
    .get(datasetId, trashCutoff()) as number;
}

/**
 * Deletes for good what has been in the trash longer than 30 days. Run when a server
 * or CLI process starts; the (datasetId, deletedAt, …) index keeps it cheap when
 * there is nothing to do. Revisions and label links go with the rows (cascade), the
 * search index through its delete trigger.
 */
export function purgeExpiredTrash(now = new Date()): number {
  return sqlite().prepare(`DELETE FROM Conversation WHERE datasetId IN (SELECT id FROM Dataset) AND deletedAt < ?`).run(trashCutoff(now)).changes;
}
