import type Database from "better-sqlite3";
import type { ConversationFilter } from "../../validation/conversation-filter";

// What a dataset's records look like, in a string that is cheap to read (index seeks,
// plus counts over the few records waiting for background work) and changes whenever
// the statistics could. Cached figures are reused while it stays the same.
//
// Why these parts are enough:
// - New records (imports) get a higher id: max(id). Records are never deleted outright
//   except from the trash, and trashed records are not in the figures.
// - Every change a person makes (text, status, labels, note, a move to or from the
//   trash, a restored version, a bulk change, its undo, a duplicate resolution) goes
//   through a write path that sets updatedAt to the time of the change and writes the
//   revision the review chart reads: max(updatedAt). The number of records at that
//   timestamp (up to a thousand, to stay cheap) catches a second save within the same
//   millisecond. A bulk change takes its time before it waits for the write lock, so it
//   can commit after a later save and leave max(updatedAt) where it was: each bulk
//   change (and duplicate resolution) adds a BulkOperation row and its undo stamps it,
//   so their counts are part of the fingerprint too. (Two single saves from two
//   processes committing in the opposite order of their timestamps, with figures
//   computed between the two commits, would still go unseen until the next change.)
// - The background checks fill tokens, language, system prompt and checkedAt without
//   touching updatedAt: each step lowers the count of records waiting for them (tokens
//   IS NULL, checkedAt IS NULL) and stamps checkedAt with its time (max(checkedAt)); a
//   record sent back for checking raises the count.
// - The target model decides the per-example limit and, through a recount, every token.
// - The table's cluster filter follows the dataset's de-duplication runs, which change
//   no record: their state is added for that filter. A search (q) over an index still
//   being built changes as the index grows, so it is not cached until the index is done.
// STATS_VERSION changes whenever the figures' meaning or shape changes in a release.

const STATS_VERSION = 1;

export type Fingerprint = { value: string; cacheable: boolean };

export function statsFingerprint(db: Database.Database, datasetId: string, f: ConversationFilter): Fingerprint | null {
  const row = db
    .prepare(
      `SELECT d.targetModel,
         (SELECT max(id) FROM Conversation WHERE datasetId = d.id) AS maxId,
         (SELECT max(updatedAt) FROM Conversation WHERE datasetId = d.id) AS lastWrite,
         (SELECT count(*) FROM (SELECT 1 FROM Conversation WHERE datasetId = d.id
            AND updatedAt = (SELECT max(updatedAt) FROM Conversation WHERE datasetId = d.id) LIMIT 1000)) AS atLastWrite,
         (SELECT count(*) || '/' || count(undoneAt) FROM BulkOperation WHERE datasetId = d.id) AS bulkChanges,
         (SELECT max(checkedAt) FROM Conversation WHERE datasetId = d.id) AS lastCheck,
         (SELECT count(*) FROM Conversation WHERE datasetId = d.id AND checkedAt IS NULL) AS unchecked,
         (SELECT count(*) FROM Conversation WHERE datasetId = d.id AND tokens IS NULL) AS uncounted
       FROM Dataset d WHERE d.id = ?`,
    )
    .get(datasetId) as Record<string, unknown> | undefined;
  if (!row) return null;
  const parts: unknown[] = [STATS_VERSION, ...Object.values(row)];
  if (f.cluster) {
    parts.push(
      db
        .prepare(
          `SELECT group_concat(r.id || ':' || r.status || ':' || coalesce(r.finishedAt, '') || ':' ||
             (SELECT count(*) FROM DuplicateMember m WHERE m.runId = r.id), ',')
           FROM DedupRun r WHERE r.datasetId = ? AND r.againstDatasetId IS NULL`,
        )
        .pluck()
        .get(datasetId),
    );
  }
  const indexing = f.q ? (db.prepare(`SELECT count(*) FROM Import WHERE datasetId = ? AND indexedAt IS NULL`).pluck().get(datasetId) as number) > 0 : false;
  return { value: JSON.stringify(parts), cacheable: !indexing };
}
