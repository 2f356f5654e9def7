import type { Statement } from "better-sqlite3";
import { sqlite } from "../client";
import type { Actor } from "../../auth/actor";
import { sqliteTimestamp } from "../imports/conversation-writer";
import type { AuditAction, AuditTargetType } from "../../audit/audit-actions";

// Writes one audit event. The raw handle is the default so the event joins the
// better-sqlite3 transaction of the change it records (saves, bulk changes, cluster
// resolutions): both commit or neither does. Changes made through Prisma add
// `auditEventData` to their own Prisma transaction instead, because a write on the raw
// handle while Prisma's connection holds the write lock would wait on itself.

export type AuditEventInput = {
  actor: Pick<Actor, "id" | "email" | "name">;
  action: AuditAction;
  datasetId?: string | null;
  targetType?: AuditTargetType;
  targetId?: string | number | null;
  /** One sentence, as the audit page shows it. */
  summary: string;
  /** Particulars for whoever digs deeper (stored as JSON). */
  detail?: unknown;
};

/** The row of an event, in the column names Prisma and the table share. */
export function auditEventData(e: AuditEventInput) {
  return {
    at: new Date(),
    actorId: e.actor.id,
    actorEmail: e.actor.email,
    actorName: e.actor.name,
    action: e.action,
    datasetId: e.datasetId ?? null,
    targetType: e.targetType ?? null,
    targetId: e.targetId === undefined || e.targetId === null ? null : String(e.targetId),
    summary: e.summary,
    detail: e.detail === undefined ? null : JSON.stringify(e.detail),
  };
}

// Prepared once per handle: every save in review mode writes an event.
let cached: { handle: unknown; insert: Statement } | null = null;

function insertStatement(): Statement {
  const handle = sqlite();
  if (cached?.handle !== handle) {
    cached = {
      handle,
      insert: handle.prepare(
        `INSERT INTO AuditEvent (at, actorId, actorEmail, actorName, action, datasetId, targetType, targetId, summary, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }
  return cached.insert;
}

/** Records an event on the raw handle (inside the caller's transaction, if one is open). */
export function recordAudit(e: AuditEventInput): void {
  const row = auditEventData(e);
  insertStatement().run(
    sqliteTimestamp(row.at),
    row.actorId,
    row.actorEmail,
    row.actorName,
    row.action,
    row.datasetId,
    row.targetType,
    row.targetId,
    row.summary,
    row.detail,
  );
}
