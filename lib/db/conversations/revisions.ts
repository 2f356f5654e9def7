import type Database from "better-sqlite3";
import { db } from "../client";
import { notFound } from "../../errors";
import { revisionDiff } from "../../editing/revision-diff";

// Revisions are written, never updated. An imported record has no revision until its
// first change; that change first records the imported state as the earliest
// revision, so every version a record ever had can be restored. The writers work on a
// table (or subquery) of ids, so one save and a bulk change of 10,000 records write
// the same rows through the same SQL, inside the caller's transaction.

/** The record's label names as a JSON array, for a revision row. */
const LABELS_JSON = `(SELECT json_group_array(name) FROM (
  SELECT l.name FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId WHERE cl.conversationId = c.id ORDER BY l.name))`;

/**
 * Records the as-imported state as revision 1 (or whatever version the record is at)
 * for records in `table` that have no revision yet, before the change overwrites it.
 */
export function ensureFirstRevisions(db: Database.Database, table: string, fallbackActorId: string, now: string) {
  db.prepare(
    `INSERT INTO Revision (conversationId, version, kind, body, status, keeperId, note, labels, summary, actorId, createdAt)
     SELECT c.id, c.version, c.kind, c.body, c.status, c.keeperId, c.note, ${LABELS_JSON},
       CASE WHEN c.sourceFile IS NOT NULL
         THEN 'imported from ' || c.sourceFile || CASE WHEN c.sourceLine > 0 THEN ', line ' || c.sourceLine ELSE '' END
         ELSE 'created' END,
       coalesce(i.createdById, ?), ?
     FROM ${table} t JOIN Conversation c ON c.id = t.id LEFT JOIN Import i ON i.id = c.importId
     WHERE NOT EXISTS (SELECT 1 FROM Revision r WHERE r.conversationId = c.id)`,
  ).run(fallbackActorId, now);
}

/** One revision per record in `table`, holding its state now (linked to a bulk change, if any). */
export function writeRevisions(
  db: Database.Database,
  table: string,
  r: { summary: string; actorId: string; now: string; bulkOperationId: string | null },
): number {
  return db
    .prepare(
      `INSERT INTO Revision (conversationId, version, kind, body, status, keeperId, note, labels, summary, actorId, createdAt, bulkOperationId)
       SELECT c.id, c.version, c.kind, c.body, c.status, c.keeperId, c.note, ${LABELS_JSON}, ?, ?, ?, ?
       FROM ${table} t JOIN Conversation c ON c.id = t.id`,
    )
    .run(r.summary, r.actorId, r.now, r.bulkOperationId).changes;
}

/** Newest first, each with what it changed in the turns since the version before it. */
export async function listRevisions(conversationId: number) {
  const rows = await db().revision.findMany({
    where: { conversationId },
    orderBy: { version: "asc" },
    select: {
      version: true, status: true, summary: true, createdAt: true, body: true, labels: true, note: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows
    .map(({ body, labels, ...r }, i) => ({
      ...r,
      labels: JSON.parse(labels) as string[],
      changes: i === 0 ? [] : revisionDiff(rows[i - 1].body, body),
    }))
    .reverse();
}

export async function getRevision(conversationId: number, version: number) {
  const r = await db().revision.findUnique({ where: { conversationId_version: { conversationId, version } } });
  if (!r) throw notFound(`Version ${version} of conversation ${conversationId}`);
  return r;
}
