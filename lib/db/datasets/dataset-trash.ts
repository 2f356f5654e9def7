import { db, sqlite } from "../client";
import type { Actor } from "../../auth/actor";
import { visibleDeletedDatasets } from "../scope";
import { AppError, notFound } from "../../errors";
import type { DatasetRestore } from "../../validation/dataset";
import { auditEventData, recordAudit } from "../audit/record-audit";
import { TRASH_DAYS } from "../bulk/trash";
import { uniqueConflict } from "../unique-conflict";
import { findLiveDatasetByName, getDataset } from "./get-dataset";
import type { DatasetScope } from "../scope";

// The trash of datasets. Deleting a dataset only marks it: it leaves every list, page,
// API answer and CLI command, keeps everything in it, and can be restored for 30 days
// (the same as the conversations' trash); then the purge deletes it with everything in
// it. Names are unique among live datasets only, so a deleted one keeps its name and
// restoring it onto a name taken meanwhile asks for another.

const DAY_MS = 24 * 60 * 60 * 1000;
const purgeAt = (deletedAt: Date) => new Date(deletedAt.getTime() + TRASH_DAYS * DAY_MS);
const cutoff = (now: Date) => new Date(now.getTime() - TRASH_DAYS * DAY_MS);

/** Moves a live dataset to the trash of datasets, with its audit event. */
export async function trashDataset(scope: DatasetScope, actor: Actor) {
  const current = await getDataset(scope);
  const deletedAt = new Date();
  const [dataset] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { deletedAt, deletedById: actor.id }, select: { id: true, name: true, deletedAt: true } }),
    db().auditEvent.create({
      data: auditEventData({
        actor,
        action: "dataset.deleted",
        datasetId: current.id,
        targetType: "dataset",
        targetId: current.id,
        summary: `Deleted the dataset ${current.name}; it can be restored from the trash of datasets until it is purged.`,
        detail: { name: current.name, purgeAt: purgeAt(deletedAt).toISOString() },
      }),
    }),
  ]);
  return { ...dataset, purgeAt: purgeAt(deletedAt) };
}

export type DeletedDataset = {
  id: string;
  name: string;
  description: string;
  deletedAt: Date;
  purgeAt: Date;
  deletedBy: string | null;
  records: number;
  /** A live dataset has this name now: restoring needs another. */
  nameTaken: boolean;
};

/** The deleted datasets `viewer` could see before they were deleted, most recently deleted first. */
export async function listDeletedDatasets(viewer: Actor, now = new Date()): Promise<DeletedDataset[]> {
  const rows = await db().dataset.findMany({
    where: { AND: [visibleDeletedDatasets(viewer), { deletedAt: { gte: cutoff(now) } }] },
    orderBy: { deletedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      deletedAt: true,
      deletedById: true,
      _count: { select: { conversations: { where: { deletedAt: null } } } },
    },
  });
  const [people, taken] = await Promise.all([
    db().user.findMany({ where: { id: { in: rows.flatMap((r) => r.deletedById ?? []) } }, select: { id: true, name: true } }),
    db().dataset.findMany({ where: { deletedAt: null, name: { in: rows.map((r) => r.name) } }, select: { name: true } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const takenNames = new Set(taken.map((t) => t.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    deletedAt: r.deletedAt!,
    purgeAt: purgeAt(r.deletedAt!),
    deletedBy: r.deletedById ? (names.get(r.deletedById) ?? null) : null,
    records: r._count.conversations,
    nameTaken: takenNames.has(r.name),
  }));
}

/**
 * Brings a deleted dataset back, under its own name or, when a live dataset has taken
 * that meanwhile, under `input.name`. Only someone who could see it may; anyone else,
 * and a dataset not in the trash, gets "not found".
 */
export async function restoreDataset(datasetId: string, input: DatasetRestore, actor: Actor) {
  const deleted = await db().dataset.findFirst({ where: { id: datasetId, ...visibleDeletedDatasets(actor) }, select: { id: true, name: true } });
  if (!deleted) throw notFound("This deleted dataset");
  const name = input.name ?? deleted.name;
  if (await findLiveDatasetByName(name)) {
    throw new AppError(
      "conflict",
      input.name === undefined || input.name === deleted.name
        ? `A dataset named “${name}” was created after this one was deleted. Restore it under another name, or rename or delete the other one first.`
        : `A dataset named “${name}” already exists; pick another name`,
      { field: "name" },
    );
  }
  const summary = name === deleted.name ? `Restored the dataset ${name} from the trash.` : `Restored the dataset ${deleted.name} from the trash as ${name}.`;
  const [dataset] = await db()
    .$transaction([
      db().dataset.update({ where: { id: deleted.id }, data: { deletedAt: null, deletedById: null, name }, select: { id: true, name: true } }),
      db().auditEvent.create({
        data: auditEventData({
          actor,
          action: "dataset.restored",
          datasetId: deleted.id,
          targetType: "dataset",
          targetId: deleted.id,
          summary,
          detail: { name, ...(name !== deleted.name ? { formerName: deleted.name } : {}) },
        }),
      }),
    ])
    .catch((e: unknown) => {
      throw uniqueConflict(e, { name }) ?? e;
    });
  return dataset;
}

/** Who the purge is recorded as: Tuneset itself, since no one asked for it at that moment. */
const PURGE_ACTOR = { id: "tuneset", email: "", name: "Tuneset (trash purge)" };

/**
 * Deletes for good the datasets deleted more than 30 days ago, each with everything in
 * it (the foreign keys cascade; the search index follows through its triggers), and an
 * audit event that outlives it. Returns their ids, so the caller can remove their files.
 */
export function purgeExpiredDatasets(now = new Date()): string[] {
  const handle = sqlite();
  // Few rows (the index on deletedAt finds them); their stored times are compared as dates.
  const due = handle.prepare(`SELECT id, name, deletedAt FROM Dataset WHERE deletedAt IS NOT NULL`).all() as Due[];
  const expired = due.filter((d) => new Date(d.deletedAt) < cutoff(now));
  const remove = handle.prepare(`DELETE FROM Dataset WHERE id = ? AND deletedAt IS NOT NULL`);
  for (const d of expired) {
    handle.transaction(() => {
      remove.run(d.id);
      recordAudit({
        actor: PURGE_ACTOR,
        action: "dataset.purged",
        datasetId: d.id,
        targetType: "dataset",
        targetId: d.id,
        summary: `Purged the dataset ${d.name}, deleted ${TRASH_DAYS} days before, with everything in it.`,
        detail: { name: d.name, deletedAt: new Date(d.deletedAt).toISOString() },
      });
    })();
  }
  return expired.map((d) => d.id);
}

type Due = { id: string; name: string; deletedAt: string };
