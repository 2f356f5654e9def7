import { db } from "../client";
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../generated/client";
import { AppError } from "../../errors";
import { can, seesAllDatasets } from "../../auth/permissions";
import { auditActionLabel } from "../../audit/audit-actions";
import type { AuditEventView } from "../../audit/audit-event";
import { AUDIT_PAGE_SIZE, decodeAuditCursor, newerThan, olderThan, type AuditQuery } from "../../validation/audit-query";

// One page of the audit log, newest first, for someone allowed to read it. An admin
// reads every event; a lead the events of the datasets they are a member of, plus
// everything they did themselves (their own tokens, say), but not what an admin did
// to other users. Paging is by id, so a page never shifts while new events arrive.

export type AuditPage = { events: AuditEventView[]; next: string | null; prev: string | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/** What `viewer` may read of the log (refused outright to roles below lead). */
export async function auditVisibility(viewer: Actor): Promise<Prisma.AuditEventWhereInput> {
  if (!can(viewer.role, "audit.read")) throw new AppError("forbidden", "Only leads and admins can read the audit log.");
  if (seesAllDatasets(viewer.role)) return {};
  const memberships = await db().datasetMember.findMany({ where: { userId: viewer.id }, select: { datasetId: true } });
  return { OR: [{ actorId: viewer.id }, { datasetId: { in: memberships.map((m) => m.datasetId) } }] };
}

function filterWhere(q: AuditQuery): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (q.from) at.gte = new Date(`${q.from}T00:00:00Z`);
  // "to" is the last day included, so the bound is the start of the day after.
  if (q.to) at.lt = new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY_MS);
  return {
    ...(q.actor ? { actorId: q.actor } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.dataset ? { datasetId: q.dataset } : {}),
    ...(q.from || q.to ? { at } : {}),
  };
}

export async function listAuditEvents(q: AuditQuery, viewer: Actor): Promise<AuditPage> {
  const where: Prisma.AuditEventWhereInput = { AND: [await auditVisibility(viewer), filterWhere(q)] };
  const cursor = decodeAuditCursor(q.cursor);
  // Walking back towards the newest is walking forwards in ascending order, then reversing.
  const newer = cursor?.direction === "newer";
  const rows = await db().auditEvent.findMany({
    where: cursor ? { AND: [where, { id: newer ? { gt: cursor.id } : { lt: cursor.id } }] } : where,
    orderBy: { id: newer ? "asc" : "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (newer) page.reverse();
  if (!page.length) return { events: [], next: null, prev: null };
  const [first, last] = [page[0].id, page[page.length - 1].id];
  const exists = async (id: Prisma.IntFilter) => (await db().auditEvent.findFirst({ where: { AND: [where, { id }] }, select: { id: true } })) !== null;
  const hasOlder = newer ? await exists({ lt: last }) : more;
  const hasNewer = newer ? more : cursor ? await exists({ gt: first }) : false;
  return { events: await withDatasets(page), next: hasOlder ? olderThan(last) : null, prev: hasNewer ? newerThan(first) : null };
}

type Row = Awaited<ReturnType<ReturnType<typeof db>["auditEvent"]["findMany"]>>[number];

async function withDatasets(rows: Row[]): Promise<AuditEventView[]> {
  const ids = [...new Set(rows.map((r) => r.datasetId).filter((id): id is string => id !== null))];
  const datasets = new Map(
    (await db().dataset.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, deletedAt: true } })).map((d) => [d.id, d]),
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: { id: r.actorId, email: r.actorEmail, name: r.actorName },
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    dataset: r.datasetId ? datasetOf(r.datasetId, datasets.get(r.datasetId)) : null,
    targetType: r.targetType,
    targetId: r.targetId,
    summary: r.summary,
    detail: parseDetail(r.detail),
  }));
}

const datasetOf = (id: string, d: { name: string; deletedAt: Date | null } | undefined): AuditEventView["dataset"] =>
  d ? { id, name: d.name, ...(d.deletedAt ? { deleted: true } : {}) } : { id, name: null };

function parseDetail(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
