import { db } from "../client";
import type { ImportError } from "../../import/import-summary";

// The Import row that records each file loaded into a dataset.

export async function createImportRecord(opts: { datasetId: string; fileName: string; actorId: string }) {
  return db().import.create({
    data: { datasetId: opts.datasetId, fileName: opts.fileName, createdById: opts.actorId },
    select: { id: true },
  });
}

export async function finishImportRecord(
  id: string,
  r: { lines: number; bytes: number; imported: number; invalid: number; duplicates: number; errors: ImportError[] },
) {
  await db().import.update({
    where: { id },
    data: { ...r, errors: JSON.stringify(r.errors), status: "done", finishedAt: new Date() },
  });
}

export async function failImportRecord(id: string, failure: string, counts: { lines: number; bytes: number }) {
  await db().import.update({
    where: { id },
    data: { ...counts, status: "failed", failure, finishedAt: new Date() },
  });
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
