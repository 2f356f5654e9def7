import { db } from "../client";
import type { ImportError } from "../../imports/import-summary";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";
import { leaseUntil } from "./import-lease";
import type { DatasetScope } from "../scope";
import { importName } from "../../imports/import-name";

// The Import row that records each file loaded into a dataset. Its end, done, failed or
// interrupted, is written together with the audit event that says so. Lines, bytes and
// counts are written with each batch of rows (conversation-writer.ts), so at any moment
// they say what is stored.

type ImportAudit = { actor: Actor; dataset: { id: string; name: string }; fileName: string; startedAt: Date };

const n = (v: number) => v.toLocaleString("en-US");

export async function createImportRecord(opts: { datasetId: string; fileName: string; actorId: string; owner: string }) {
  return db().import.create({
    data: { datasetId: opts.datasetId, fileName: opts.fileName, createdById: opts.actorId, leaseOwner: opts.owner, leaseUntil: leaseUntil() },
    select: { id: true, startedAt: true },
  });
}

export async function finishImportRecord(
  id: string,
  r: { lines: number; bytes: number; sha256: string; imported: number; invalid: number; duplicates: number; errors: ImportError[] },
  audit: ImportAudit & { resumedAfterLine?: number },
) {
  const { errors, sha256, ...counts } = r;
  const resumed = audit.resumedAfterLine === undefined ? "" : ` (resumed after line ${n(audit.resumedAfterLine)})`;
  await db().$transaction([
    db().import.update({
      where: { id },
      data: { ...counts, sha256, errors: JSON.stringify(errors), status: "done", finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
    }),
    db().auditEvent.create({
      data: auditEventData({
        actor: audit.actor,
        action: "import.finished",
        datasetId: audit.dataset.id,
        targetType: "import",
        targetId: id,
        summary: `Imported ${importName(audit)} into ${audit.dataset.name}${resumed}: ${n(r.imported)} record${r.imported === 1 ? "" : "s"}, ${n(r.invalid)} invalid.`,
        detail: { fileName: audit.fileName, ...counts, sha256, errors: errors.length, resumedAfterLine: audit.resumedAfterLine },
      }),
    }),
  ]);
}

/** The import stopped on a problem of the file or the server; the lines stored so far (`lines`) are kept. */
export async function failImportRecord(id: string, failure: string, stored: { lines: number }, audit: ImportAudit) {
  await db().$transaction([
    db().import.update({
      where: { id },
      data: { status: "failed", failure, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
    }),
    db().auditEvent.create({
      data: auditEventData({
        actor: audit.actor,
        action: "import.failed",
        datasetId: audit.dataset.id,
        targetType: "import",
        targetId: id,
        summary: `The import of ${importName(audit)} into ${audit.dataset.name} stopped after ${n(stored.lines)} lines.`,
        detail: { fileName: audit.fileName, ...stored, failure },
      }),
    }),
  ]);
}

/**
 * A running import whose process went away (or whose upload stopped) becomes
 * interrupted at its last stored line, with an audit event in the name of whoever
 * started it. `claim` is the lease as last seen: a different one means its owner is
 * alive after all, and nothing changes. Returns whether it was interrupted.
 */
export async function interruptImportRecord(id: string, claim: { leaseOwner: string | null; leaseUntil?: Date | null }, cause: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.import.updateMany({
      where: { id, status: "running", ...claim },
      data: { status: "interrupted", failure: cause, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
    });
    if (count !== 1) return false;
    const row = await tx.import.findUniqueOrThrow({
      where: { id },
      select: {
        fileName: true,
        startedAt: true,
        lines: true,
        bytes: true,
        imported: true,
        invalid: true,
        datasetId: true,
        dataset: { select: { name: true } },
        createdBy: { select: { id: true, email: true, name: true } },
      },
    });
    await tx.auditEvent.create({
      data: auditEventData({
        actor: row.createdBy,
        action: "import.interrupted",
        datasetId: row.datasetId,
        targetType: "import",
        targetId: id,
        summary:
          `The import of ${importName(row)} into ${row.dataset.name} was interrupted at line ${n(row.lines)} (${cause}): ` +
          `${n(row.imported)} records and ${n(row.invalid)} invalid lines are kept. Import the same file again to resume.`,
        detail: { fileName: row.fileName, lines: row.lines, bytes: row.bytes, imported: row.imported, invalid: row.invalid, cause },
      }),
    });
    return true;
  });
}

export async function listImports({ datasetId }: DatasetScope, take = 20) {
  return db().import.findMany({
    where: { datasetId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      fileName: true,
      status: true,
      lines: true,
      bytes: true,
      imported: true,
      invalid: true,
      duplicates: true,
      failure: true,
      startedAt: true,
      finishedAt: true,
      indexedAt: true,
      sha256: true,
    },
  });
}
