import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import { sqlite } from "../client";
import type { Actor } from "../../auth/actor";
import { getDataset } from "../datasets/get-dataset";
import { ensureLabels } from "../labels/set-conversation-labels";
import { sqliteTimestamp } from "../imports/conversation-writer";
import { wake } from "../../jobs/signal";
import { describeBulk, revisionSummary } from "../../bulk/describe";
import { isTextAction, type BulkRequest, type BulkAction, type BulkPreviewResult, type TextActionType } from "../../validation/bulk";
import { resetBulkTables, selectForBulk, touch, SELECTED, TOUCHED } from "./bulk-selection";
import { bumpVersions } from "./bulk-revisions";
import { ensureFirstRevisions, writeRevisions } from "../conversations/revisions";
import { applyTextEdit } from "./text-edits";
import { getBulkOperation, type BulkOperationView } from "./list-bulk-operations";
import { recordAudit } from "../audit/record-audit";
import type { DatasetScope } from "../scope";

// One bulk change, in one transaction on the raw better-sqlite3 handle: select the
// records, find those the change actually alters, record their as-imported state if
// they have no history yet, change them with set-based SQL, and write one revision
// per touched record linked to the BulkOperation row. A preview stops before writing.

export type BulkOutcome = { preview: BulkPreviewResult } | { operation: BulkOperationView; skipped: number };

const newId = () => `bulk${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
const LABEL_NAMES = `(SELECT value FROM json_each(?))`;

/** `request` is parsed by the caller with BulkRequestSchema. */
export async function applyBulkAction(scope: DatasetScope, request: BulkRequest, actor: Actor): Promise<BulkOutcome> {
  const { datasetId } = scope;
  const { selection, action, preview } = request;
  await getDataset(scope);
  const db = sqlite();
  const now = sqliteTimestamp();
  const opId = newId();

  const text = isTextAction(action);

  const run = db.transaction((): BulkOutcome | { skipped: number } => {
    resetBulkTables(db);
    const selected = selectForBulk(db, scope, selection, action.type === "restore");
    const skipped = skippedCount(db, action);
    if (isTextAction(action)) {
      const counts = applyTextEdit(db, action, { write: !preview, actorId: actor.id, now });
      if (preview) return { preview: { ...counts, selected, skipped, summary: describeBulk(action, counts.records, counts.occurrences) } };
      write(db, { datasetId, action, selection, actor, now, opId, count: counts.records, occurrences: counts.occurrences });
      return { skipped };
    }
    const count = findTouched(db, datasetId, action);
    if (preview) return { preview: { records: count, occurrences: count, samples: [], selected, skipped, summary: describeBulk(action, count) } };
    ensureFirstRevisions(db, TOUCHED, actor.id);
    change(db, datasetId, action, now);
    write(db, { datasetId, action, selection, actor, now, opId, count });
    return { skipped };
  });
  const result = run.immediate();
  if ("preview" in result || "operation" in result) return result;
  if (text) wake("background");
  return { operation: await getBulkOperation(scope, opId), skipped: result.skipped };
}

/** Invalid lines have no messages to edit and cannot be approved until fixed: they are left out. */
function skippedCount(db: Database.Database, a: BulkAction): number {
  const invalidOnly = isTextAction(a) || (a.type === "set_status" && a.status === "approved");
  if (!invalidOnly) return 0;
  return db.prepare(`SELECT count(*) FROM ${SELECTED} s JOIN Conversation c ON c.id = s.id WHERE c.kind = 'invalid'`).pluck().get() as number;
}

/** Puts the records the action would change into TOUCHED (a record already in the wanted state is left out). */
function findTouched(db: Database.Database, datasetId: string, a: Exclude<BulkAction, { type: TextActionType }>): number {
  switch (a.type) {
    case "set_status":
      return touch(
        db,
        `SELECT s.id FROM ${SELECTED} s JOIN Conversation c ON c.id = s.id WHERE c.status != ?${a.status === "approved" ? " AND c.kind != 'invalid'" : ""}`,
        a.status,
      );
    case "add_labels": {
      const names = [...new Set(a.labels)];
      return touch(
        db,
        `SELECT s.id FROM ${SELECTED} s WHERE (SELECT count(*) FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId
           WHERE cl.conversationId = s.id AND l.datasetId = ? AND l.name IN ${LABEL_NAMES}) < ?`,
        datasetId,
        JSON.stringify(names),
        names.length,
      );
    }
    case "remove_labels":
      return touch(
        db,
        `SELECT s.id FROM ${SELECTED} s WHERE EXISTS (SELECT 1 FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId
           WHERE cl.conversationId = s.id AND l.datasetId = ? AND l.name IN ${LABEL_NAMES})`,
        datasetId,
        JSON.stringify(a.labels),
      );
    case "delete":
    case "restore":
      return touch(db, `SELECT id FROM ${SELECTED}`);
  }
}

function change(db: Database.Database, datasetId: string, a: BulkAction, now: string) {
  const inTouched = `id IN (SELECT id FROM ${TOUCHED})`;
  switch (a.type) {
    case "set_status":
      // A decision ends a record's life as a duplicate: it no longer stands for its keeper.
      db.prepare(`UPDATE Conversation SET status = ?, keeperId = NULL WHERE ${inTouched}`).run(a.status);
      break;
    case "add_labels": {
      ensureLabels(db, datasetId, a.labels, now);
      db.prepare(
        `INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt)
         SELECT t.id, l.id, ? FROM ${TOUCHED} t JOIN Label l ON l.datasetId = ? AND l.name IN ${LABEL_NAMES}`,
      ).run(now, datasetId, JSON.stringify(a.labels));
      break;
    }
    case "remove_labels":
      db.prepare(
        `DELETE FROM ConversationLabel WHERE conversationId IN (SELECT id FROM ${TOUCHED})
           AND labelId IN (SELECT id FROM Label WHERE datasetId = ? AND name IN ${LABEL_NAMES})`,
      ).run(datasetId, JSON.stringify(a.labels));
      break;
    case "delete":
      db.prepare(`UPDATE Conversation SET deletedAt = ? WHERE ${inTouched}`).run(now);
      break;
    case "restore":
      db.prepare(`UPDATE Conversation SET deletedAt = NULL WHERE ${inTouched}`).run();
      break;
  }
}

type WriteOpts = {
  datasetId: string;
  action: BulkAction;
  selection: unknown;
  actor: Actor;
  now: string;
  opId: string;
  count: number;
  occurrences?: number;
};

/** The operation row, the version bump and one revision per touched record. */
function write(db: Database.Database, o: WriteOpts) {
  const { type, ...params } = o.action;
  const summary = describeBulk(o.action, o.count, o.occurrences);
  db.prepare(
    `INSERT INTO BulkOperation (id, datasetId, action, params, selection, count, summary, actorId, createdAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(o.opId, o.datasetId, type, JSON.stringify(params), JSON.stringify(o.selection), o.count, summary, o.actor.id, o.now);
  recordAudit({
    actor: o.actor,
    action: "bulk.applied",
    datasetId: o.datasetId,
    targetType: "bulk_operation",
    targetId: o.opId,
    summary,
    detail: { type, params, selection: o.selection, count: o.count },
  });
  bumpVersions(db, TOUCHED, o.now);
  writeRevisions(db, TOUCHED, { summary: revisionSummary(o.action), actorId: o.actor.id, now: o.now, bulkOperationId: o.opId });
}
