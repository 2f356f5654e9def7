import type Database from "better-sqlite3";

// Revisions for a bulk change, written set-based from a temp table of ids: one
// INSERT…SELECT instead of a Prisma call per record. Same rows as revisions.ts
// writes one at a time: the record's state (body, status, note, labels) after a change.

/** The record's label names as a JSON array, for a revision row. */
const LABELS_JSON = `(SELECT json_group_array(name) FROM (
  SELECT l.name FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId WHERE cl.conversationId = c.id ORDER BY l.name))`;

/**
 * Records the as-imported state as revision 1 (or whatever version the record is at)
 * for records in `table` that have no revision yet, before the change overwrites it.
 * Worded and attributed like ensureFirstRevision in revisions.ts.
 */
export function ensureFirstRevisions(db: Database.Database, table: string, fallbackActorId: string, now: string) {
  db.prepare(
    `INSERT INTO Revision (conversationId, version, kind, body, status, note, labels, summary, actorId, createdAt)
     SELECT c.id, c.version, c.kind, c.body, c.status, c.note, ${LABELS_JSON},
       CASE WHEN c.sourceFile IS NOT NULL
         THEN 'imported from ' || c.sourceFile || CASE WHEN c.sourceLine > 0 THEN ', line ' || c.sourceLine ELSE '' END
         ELSE 'created' END,
       coalesce(i.createdById, ?), ?
     FROM ${table} t JOIN Conversation c ON c.id = t.id LEFT JOIN Import i ON i.id = c.importId
     WHERE NOT EXISTS (SELECT 1 FROM Revision r WHERE r.conversationId = c.id)`,
  ).run(fallbackActorId, now);
}

/** One revision per record in `table`, holding its state now, linked to the bulk change. */
export function writeBulkRevisions(
  db: Database.Database,
  table: string,
  r: { summary: string; actorId: string; now: string; bulkOperationId: string | null },
): number {
  return db
    .prepare(
      `INSERT INTO Revision (conversationId, version, kind, body, status, note, labels, summary, actorId, createdAt, bulkOperationId)
       SELECT c.id, c.version, c.kind, c.body, c.status, c.note, ${LABELS_JSON}, ?, ?, ?, ?
       FROM ${table} t JOIN Conversation c ON c.id = t.id`,
    )
    .run(r.summary, r.actorId, r.now, r.bulkOperationId).changes;
}

/** Bumps version and updatedAt of every record in `table`: each bulk write is a new version. */
export function bumpVersions(db: Database.Database, table: string, now: string) {
  db.prepare(`UPDATE Conversation SET version = version + 1, updatedAt = ? WHERE id IN (SELECT id FROM ${table})`).run(now);
}
