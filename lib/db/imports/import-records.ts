import { db } from "../client";
import type { ImportError } from "../../import/import-summary";
import type { Actor } from "../actor";
import { auditEventData } from "../audit/record-audit";

// The Import row that records each file loaded into a dataset. Its end, done or
// failed, is written together with the audit event that says who imported it.

type ImportAudit = { actor: Actor; dataset: { id: string; name: string }; fileName: string };

const n = (v: number) => v.toLocaleString("en-US");

export async function createImportRecord(opts: { datasetId: string; fileName: string; actorId: string }) {
  return db().import.create({
    data: { datasetId: opts.datasetId, fileName: opts.fileName, createdById: opts.actorId },
    select: { id: true },
  });
}

export async function finishImportRecord(
  id: string,
  r: { lines: number; bytes: number; imported: number; invalid: number; duplicates: number; errors: ImportError[] },
  audit: ImportAudit,
) {
  const { errors, ...counts } = r;
  await db().$transaction([
    db().import.update({
      where: { id },
      data: { ...r, errors: JSON.stringify(errors), status: "done", finishedAt: new Date() },
    }),
    db().auditEvent.create({
      data: auditEventData({
        actor: audit.actor, action: "import.finished", datasetId: audit.dataset.id, targetType: "import", targetId: id,
        summary: `Imported ${audit.fileName} into ${audit.dataset.name}: ${n(r.imported)} record${r.imported === 1 ? "" : "s"}, ${n(r.invalid)} invalid.`,
        detail: { fileName: audit.fileName, ...counts, errors: errors.length },
      }),
    }),
  ]);
}

export async function failImportRecord(id: string, failure: string, counts: { lines: number; bytes: number }, audit: ImportAudit) {
  await db().$transaction([
    db().import.update({
      where: { id },
      data: { ...counts, status: "failed", failure, finishedAt: new Date() },
    }),
    db().auditEvent.create({
      data: auditEventData({
        actor: audit.actor, action: "import.failed", datasetId: audit.dataset.id, targetType: "import", targetId: id,
        summary: `The import of ${audit.fileName} into ${audit.dataset.name} stopped after ${n(counts.lines)} lines.`,
        detail: { fileName: audit.fileName, ...counts, failure },
      }),
    }),
  ]);
}

export async function listImports(datasetId: string, take = 20) {
  return db().import.findMany({
    where: { datasetId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true, fileName: true, status: true, lines: true, bytes: true, imported: true, invalid: true,
      duplicates: true, failure: true, startedAt: true, finishedAt: true, indexedAt: true,
    },
  });
}
