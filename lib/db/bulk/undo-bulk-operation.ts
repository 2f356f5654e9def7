import { isTextAction } from "../../validation/bulk";
import type Database from "better-sqlite3";
import { sqlite } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { sqliteTimestamp } from "../imports/conversation-writer";
import { wake } from "../../jobs/signal";
import { describeUndo } from "../../bulk/describe";
import { resetBulkTables, TOUCHED } from "./bulk-selection";
import { bumpVersions } from "./bulk-revisions";
import { writeRevisions } from "../conversations/revisions";
import { withSearchReindexDeferred } from "../search/search-index";
import { bodyWriter, type Row } from "./text-edits";
import { getBulkOperation } from "./list-bulk-operations";
import { recordAudit } from "../audit/record-audit";
import type { DatasetScope } from "../scope";

// Undoes a bulk change as a whole, in one transaction. History is never rewritten:
// each record still at the version the change gave it gets its previous state back
// as a new version. A record edited since is left as it is and counted, so nobody's
// later work is lost. A change can be undone once.

const PREVIOUS = `JOIN Conversation c ON c.id = t.id JOIN Revision p ON p.conversationId = t.id AND p.version = c.version - 1`;

export async function undoBulkOperation(scope: DatasetScope, operationId: string, actor: Actor) {
  const { datasetId } = scope;
  const op = await getBulkOperation(scope, operationId);
  if (op.undoneAt) throw alreadyUndone();
  const db = sqlite();
  const now = sqliteTimestamp();
  const labels = JSON.stringify((op.params.labels as string[] | undefined) ?? []);

  const { undone, skipped } = db
    .transaction(() => {
      // Checked again inside the write lock: two clicks on Undo must not both run.
      if (db.prepare(`SELECT undoneAt FROM BulkOperation WHERE id = ?`).pluck().get(op.id) !== null) throw alreadyUndone();
      resetBulkTables(db);
      const total = db.prepare(`SELECT count(*) FROM Revision WHERE bulkOperationId = ?`).pluck().get(op.id) as number;
      const undone = db
        .prepare(
          `INSERT INTO ${TOUCHED} (id) SELECT r.conversationId FROM Revision r
         JOIN Conversation c ON c.id = r.conversationId AND c.version = r.version WHERE r.bulkOperationId = ?`,
        )
        .run(op.id).changes;
      putBack(db, op.action, { datasetId, labels, now });
      bumpVersions(db, TOUCHED, now);
      writeRevisions(db, TOUCHED, { summary: `undid the bulk change “${op.summary.replace(/\.$/, "")}”`, actorId: actor.id, now, bulkOperationId: null });
      db.prepare(`UPDATE BulkOperation SET undoneAt = ?, undoneById = ?, undoneCount = ? WHERE id = ?`).run(now, actor.id, undone, op.id);
      recordAudit({
        actor,
        action: "bulk.undone",
        datasetId,
        targetType: "bulk_operation",
        targetId: op.id,
        summary: describeUndo(op.summary, undone, total - undone),
        detail: { undone, skipped: total - undone },
      });
      return { undone, skipped: total - undone };
    })
    .immediate();

  if (isTextAction({ type: op.action })) wake("background");
  return { operation: await getBulkOperation(scope, op.id), undone, skipped, message: describeUndo(op.summary, undone, skipped) };
}

/** Writes back, for every record in TOUCHED, what the change altered, from the revision before it. */
function putBack(db: Database.Database, action: string, o: { datasetId: string; labels: string; now: string }) {
  const inTouched = `id IN (SELECT id FROM ${TOUCHED})`;
  switch (action) {
    case "set_status":
      putBackStatus(db, inTouched);
      return;
    case "resolve_duplicates":
      // Members get their status and keeper back; the keeper its labels (merged ones go).
      putBackStatus(db, inTouched);
      db.prepare(`DELETE FROM ConversationLabel WHERE conversationId IN (SELECT id FROM ${TOUCHED})`).run();
      db.prepare(
        `INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt)
         SELECT t.id, l.id, ? FROM ${TOUCHED} t ${PREVIOUS}, json_each(p.labels) j JOIN Label l ON l.datasetId = ? AND l.name = j.value`,
      ).run(o.now, o.datasetId);
      return;
    case "add_labels":
      // Only the labels this change added: ones the record already had stay.
      db.prepare(
        `DELETE FROM ConversationLabel WHERE conversationId IN (SELECT id FROM ${TOUCHED})
           AND labelId IN (SELECT l.id FROM Label l WHERE l.datasetId = ? AND l.name IN (SELECT value FROM json_each(?)))
           AND NOT EXISTS (
             SELECT 1 FROM Conversation c JOIN Revision p ON p.conversationId = c.id AND p.version = c.version - 1, json_each(p.labels) j
             WHERE c.id = ConversationLabel.conversationId AND j.value = (SELECT name FROM Label WHERE id = ConversationLabel.labelId))`,
      ).run(o.datasetId, o.labels);
      return;
    case "remove_labels":
      db.prepare(
        `INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt)
         SELECT t.id, l.id, ? FROM ${TOUCHED} t ${PREVIOUS}, json_each(p.labels) j
         JOIN Label l ON l.datasetId = ? AND l.name = j.value WHERE j.value IN (SELECT value FROM json_each(?))`,
      ).run(o.now, o.datasetId, o.labels);
      return;
    case "replace_system_prompt":
    case "find_replace":
    case "redact_pii": {
      const save = bodyWriter(db);
      const rows = db.prepare(`SELECT c.id, p.body, c.sourceLine, c.datasetId FROM ${TOUCHED} t ${PREVIOUS} WHERE t.id > ? ORDER BY t.id LIMIT 1000`);
      withSearchReindexDeferred(db, TOUCHED, () => {
        for (let after = 0; ;) {
          const chunk = rows.all(after) as Row[];
          if (!chunk.length) return;
          for (const r of chunk) save(r, r.body);
          after = chunk[chunk.length - 1].id;
        }
      });
      return;
    }
    case "delete":
      db.prepare(`UPDATE Conversation SET deletedAt = NULL WHERE ${inTouched}`).run();
      return;
    case "restore":
      db.prepare(`UPDATE Conversation SET deletedAt = ? WHERE ${inTouched}`).run(o.now);
      return;
  }
}

function putBackStatus(db: Database.Database, inTouched: string) {
  db.prepare(
    `UPDATE Conversation SET
       status = (SELECT p.status FROM Revision p WHERE p.conversationId = Conversation.id AND p.version = Conversation.version - 1),
       keeperId = (SELECT p.keeperId FROM Revision p WHERE p.conversationId = Conversation.id AND p.version = Conversation.version - 1)
     WHERE ${inTouched}`,
  ).run();
}

const alreadyUndone = () =>
  new AppError("conflict", "This bulk change has already been undone; a change can be undone once. Make the change again if you need it.");
