import type Database from "better-sqlite3";
import { db, sqlite } from "../client";
import { notFound } from "../../errors";
import { revisionDiff } from "../../editing/revision-diff";
import type { DatasetScope } from "../scope";

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
 * It is dated when the record was made (its import), not when it is written: the
 * history would otherwise show the import happening a moment before the first edit.
 */
export function ensureFirstRevisions(db: Database.Database, table: string, fallbackActorId: string) {
  db.prepare(
    `INSERT INTO Revision (conversationId, version, kind, body, status, keeperId, note, labels, summary, actorId, createdAt)
     SELECT c.id, c.version, c.kind, c.body, c.status, c.keeperId, c.note, ${LABELS_JSON},
       CASE WHEN c.sourceFile IS NOT NULL
         THEN 'imported from ' || c.sourceFile || CASE WHEN c.sourceLine > 0 THEN ', line ' || c.sourceLine ELSE '' END
         ELSE 'created' END,
       coalesce(i.createdById, ?), c.createdAt
     FROM ${table} t JOIN Conversation c ON c.id = t.id LEFT JOIN Import i ON i.id = c.importId
     WHERE NOT EXISTS (SELECT 1 FROM Revision r WHERE r.conversationId = c.id)`,
  ).run(fallbackActorId);
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

type RevisionRow = {
  version: number;
  status: string;
  summary: string;
  createdAt: string;
  labels: string;
  note: string;
  actorName: string;
  actorEmail: string;
  /** Null when the body is the same as the version before's (a status or label change). */
  body: string | null;
};

/**
 * Newest first, each with what it changed in the turns since the version before it.
 * SQLite says which versions kept the body of the one before (most do: decisions and
 * labels), so only bodies that changed are read and parsed; a record of megabytes with
 * a long history would otherwise cost seconds per page.
 */
export async function listRevisions(scope: DatasetScope, conversationId: number) {
  const rows = sqlite()
    .prepare(
      `SELECT r.version, r.status, r.summary, r.createdAt, r.labels, r.note, u.name AS actorName, u.email AS actorEmail,
         CASE WHEN r.body = lag(r.body) OVER (ORDER BY r.version) THEN NULL ELSE r.body END AS body
       FROM Revision r JOIN User u ON u.id = r.actorId JOIN Conversation c ON c.id = r.conversationId
       WHERE r.conversationId = ? AND c.datasetId = ? ORDER BY r.version`,
    )
    .all(conversationId, scope.datasetId) as RevisionRow[];
  let before: string | null = null;
  return rows
    .map(({ body, labels, actorName, actorEmail, createdAt, ...r }) => {
      const changes = body === null || before === null ? [] : revisionDiff(before, body);
      if (body !== null) before = body;
      return { ...r, createdAt: new Date(createdAt), actor: { name: actorName, email: actorEmail }, labels: JSON.parse(labels) as string[], changes };
    })
    .reverse();
}

export async function getRevision(scope: DatasetScope, conversationId: number, version: number) {
  const r = await db().revision.findFirst({ where: { conversationId, version, conversation: { datasetId: scope.datasetId } } });
  if (!r) throw notFound(`Version ${version} of conversation ${conversationId}`);
  return r;
}
