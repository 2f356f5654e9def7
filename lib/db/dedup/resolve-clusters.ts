import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import { sqlite } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { sqliteTimestamp } from "../imports/conversation-writer";
import { resetBulkTables, TOUCHED } from "../bulk/bulk-selection";
import { bumpVersions } from "../bulk/bulk-revisions";
import { ensureFirstRevisions, writeRevisions } from "../conversations/revisions";
import { getBulkOperation } from "../bulk/list-bulk-operations";
import { suggestKeeper, type KeeperCandidate } from "../../dedup/keeper";
import { recordAudit } from "../audit/record-audit";
import type { DatasetScope } from "../scope";

// Resolving clusters is a bulk change like any other: one BulkOperation, one revision
// per record it touched, undone as a whole from the dataset page. Every member but
// the keeper becomes "duplicate" and links to the keeper; with mergeLabels the keeper
// also takes every label its duplicates carried. Nothing is deleted.

export type ClusterDecision = { clusterId: number; keeperId: number };

const KEEP = "temp.dedup_keep";
const newId = () => `bulk${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;

export async function resolveClusters(scope: DatasetScope, decisions: ClusterDecision[], mergeLabels: boolean, actor: Actor) {
  const { datasetId } = scope;
  const db = sqlite();
  const now = sqliteTimestamp();
  const opId = newId();
  const touched = db
    .transaction(() => {
      resetBulkTables(db);
      db.prepare(`CREATE TEMP TABLE IF NOT EXISTS dedup_keep (id INTEGER PRIMARY KEY, keeperId INTEGER NOT NULL, clusterId INTEGER NOT NULL)`).run();
      db.prepare(`DELETE FROM ${KEEP}`).run();
      const addMembers = db.prepare(
        `INSERT OR IGNORE INTO ${KEEP} (id, keeperId, clusterId)
       SELECT m.conversationId, ?, m.clusterId FROM DuplicateMember m JOIN Conversation c ON c.id = m.conversationId
       WHERE m.clusterId = ? AND m.conversationId != ? AND c.datasetId = ? AND c.deletedAt IS NULL`,
      );
      const isMember = db.prepare(
        `SELECT 1 FROM DuplicateMember m JOIN DuplicateCluster dc ON dc.id = m.clusterId JOIN DedupRun r ON r.id = dc.runId
       JOIN Conversation c ON c.id = m.conversationId
       WHERE m.clusterId = ? AND m.conversationId = ? AND r.datasetId = ? AND r.againstDatasetId IS NULL AND c.deletedAt IS NULL`,
      );
      for (const d of decisions) {
        if (!isMember.get(d.clusterId, d.keeperId, datasetId)) {
          throw new AppError(
            "bad_request",
            `#${d.keeperId} is not a live member of cluster ${d.clusterId} of this dataset; pick the keeper among the cluster's records.`,
          );
        }
        addMembers.run(d.keeperId, d.clusterId, d.keeperId, datasetId);
      }
      // A keeper is never itself a duplicate (it may have been one after an earlier resolution).
      db.prepare(`DELETE FROM ${KEEP} WHERE id IN (SELECT keeperId FROM ${KEEP})`).run();
      db.prepare(
        `INSERT INTO ${TOUCHED} (id) SELECT k.id FROM ${KEEP} k JOIN Conversation c ON c.id = k.id
       WHERE NOT (c.status = 'duplicate' AND c.keeperId IS k.keeperId)`,
      ).run();
      const members = db.prepare(`SELECT count(*) FROM ${TOUCHED}`).pluck().get() as number;
      const keepers = keepersToChange(db, decisions, mergeLabels);
      if (members + keepers.length === 0) return { members, total: 0 };
      for (const k of keepers) db.prepare(`INSERT OR IGNORE INTO ${TOUCHED} (id) VALUES (?)`).run(k);
      ensureFirstRevisions(db, TOUCHED, actor.id);

      db.prepare(
        `UPDATE Conversation SET status = 'duplicate', keeperId = (SELECT keeperId FROM ${KEEP} k WHERE k.id = Conversation.id)
       WHERE id IN (SELECT t.id FROM ${TOUCHED} t JOIN ${KEEP} k ON k.id = t.id)`,
      ).run();
      db.prepare(
        `UPDATE Conversation SET status = 'pending', keeperId = NULL WHERE status = 'duplicate' AND id IN (SELECT DISTINCT keeperId FROM ${KEEP})`,
      ).run();
      if (mergeLabels) {
        db.prepare(
          `INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt)
         SELECT DISTINCT k.keeperId, cl.labelId, ? FROM ${KEEP} k JOIN ConversationLabel cl ON cl.conversationId = k.id`,
        ).run(now);
      }
      const summary = describeResolution(decisions.length, members, mergeLabels);
      db.prepare(
        `INSERT INTO BulkOperation (id, datasetId, action, params, selection, count, summary, actorId, createdAt)
       VALUES (?, ?, 'resolve_duplicates', ?, ?, ?, ?, ?, ?)`,
      ).run(
        opId,
        datasetId,
        JSON.stringify({ mergeLabels, clusters: decisions.length }),
        JSON.stringify({ clusters: decisions }),
        members + keepers.length,
        summary,
        actor.id,
        now,
      );
      recordAudit({
        actor,
        action: "dedup.resolved",
        datasetId,
        targetType: "bulk_operation",
        targetId: opId,
        summary,
        detail: { decisions, mergeLabels, marked: members },
      });
      bumpVersions(db, TOUCHED, now);
      const write = (subset: string, text: string) => writeRevisions(db, subset, { summary: text, actorId: actor.id, now, bulkOperationId: opId });
      for (const d of decisions) {
        write(
          `(SELECT t.id FROM ${TOUCHED} t JOIN ${KEEP} k ON k.id = t.id WHERE k.keeperId = ${Number(d.keeperId)})`,
          `duplicate of #${d.keeperId} (cluster ${d.clusterId})`,
        );
      }
      write(
        `(SELECT t.id FROM ${TOUCHED} t WHERE t.id NOT IN (SELECT id FROM ${KEEP}))`,
        mergeLabels ? "kept for its duplicate cluster; labels of its duplicates merged" : "kept for its duplicate cluster",
      );
      return { members, total: members + keepers.length };
    })
    .immediate();
  if (touched.total === 0)
    throw new AppError(
      "conflict",
      decisions.length === 1 ? "This cluster is already resolved with that keeper." : "Every one of these clusters is already resolved.",
    );
  // `marked`: records newly marked duplicate (the operation's count also has keepers whose labels or status changed).
  return { operation: await getBulkOperation(scope, opId), marked: touched.members };
}

/** Keepers the resolution changes: ones marked duplicate before, and, when merging, ones missing a label of their duplicates. */
function keepersToChange(db: Database.Database, decisions: ClusterDecision[], mergeLabels: boolean): number[] {
  const ids = [...new Set(decisions.map((d) => d.keeperId))];
  const wasDuplicate = db.prepare(`SELECT 1 FROM Conversation WHERE id = ? AND status = 'duplicate'`).pluck();
  const missingLabel = db
    .prepare(
      `SELECT 1 FROM ${KEEP} k JOIN ConversationLabel cl ON cl.conversationId = k.id
     WHERE k.keeperId = ? AND NOT EXISTS (SELECT 1 FROM ConversationLabel own WHERE own.conversationId = k.keeperId AND own.labelId = cl.labelId) LIMIT 1`,
    )
    .pluck();
  return ids.filter((id) => wasDuplicate.get(id) || (mergeLabels && missingLabel.get(id)));
}

function describeResolution(clusters: number, members: number, mergeLabels: boolean): string {
  const what = clusters === 1 ? "a duplicate cluster" : `${clusters.toLocaleString("en-US")} duplicate clusters`;
  const n = `${members.toLocaleString("en-US")} record${members === 1 ? "" : "s"}`;
  return `Resolved ${what}: marked ${n} as duplicate${mergeLabels ? ", labels merged onto the keepers" : ""}.`;
}

/** "Resolve all exact duplicates": every unresolved exact cluster of the run, each with its suggested keeper, as one change. */
export async function resolveAllExact(scope: DatasetScope, runId: string, mergeLabels: boolean, actor: Actor) {
  const { datasetId } = scope;
  const rows = sqlite()
    .prepare(
      `SELECT m.clusterId, c.id, c.status, c.keeperId, c.body, coalesce(json_array_length(c.findings), 0) AS findings
       FROM DuplicateCluster dc JOIN DedupRun r ON r.id = dc.runId JOIN DuplicateMember m ON m.clusterId = dc.id
       JOIN Conversation c ON c.id = m.conversationId AND c.deletedAt IS NULL
       WHERE dc.runId = ? AND r.datasetId = ? AND r.againstDatasetId IS NULL AND dc.kind = 'exact' ORDER BY m.clusterId, c.id`,
    )
    .all(runId, datasetId) as (KeeperCandidate & { clusterId: number; keeperId: number | null })[];
  const byCluster = new Map<number, typeof rows>();
  for (const r of rows) {
    const list = byCluster.get(r.clusterId);
    if (list) list.push(r);
    else byCluster.set(r.clusterId, [r]);
  }
  const decisions: ClusterDecision[] = [];
  for (const [clusterId, members] of byCluster) {
    if (members.length < 2) continue;
    const resolved = members.some((k) => members.every((m) => m.id === k.id || (m.status === "duplicate" && m.keeperId === k.id)));
    if (!resolved) decisions.push({ clusterId, keeperId: suggestKeeper(members).id });
  }
  if (decisions.length === 0) throw new AppError("conflict", "There is no unresolved exact duplicate left in this run.");
  return resolveClusters(scope, decisions, mergeLabels, actor);
}
