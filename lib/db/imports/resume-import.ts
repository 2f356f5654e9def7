import { db, sqlite } from "../client";
import { AppError, notFound } from "../../errors";
import { MAX_REPORTED_ERRORS, type ImportError } from "../../imports/import-summary";
import { formatError, type FormatError } from "../../formats/format-errors";
import { leaseUntil } from "./import-lease";
import type { DatasetScope } from "../scope";
import { importName } from "../../imports/import-name";

// Taking up an interrupted import again: one process claims it (so two resumes of the
// same import never both write), learns where it stopped, and the summary it ends with
// covers the whole file, the part stored before included.

/** Where an interrupted import stopped: the lines, bytes and SHA-256 stored, and the counts so far. */
export type ResumePoint = {
  id: string;
  fileName: string;
  startedAt: Date;
  lines: number;
  bytes: number;
  sha256: string;
  imported: number;
  invalid: number;
  duplicates: number;
};

/** Claims the interrupted import for `owner`; refuses one that is running, done, failed or not in the dataset. */
export async function claimInterruptedImport(opts: { importId: string; datasetId: string; owner: string }): Promise<ResumePoint> {
  const { importId: id, datasetId, owner } = opts;
  const { count } = await db().import.updateMany({
    where: { id, datasetId, status: "interrupted", sha256: { not: null } },
    data: { status: "running", leaseOwner: owner, leaseUntil: leaseUntil(), indexedAt: null, finishedAt: null, failure: null },
  });
  const row = await db().import.findUnique({
    where: { id },
    select: {
      id: true,
      datasetId: true,
      status: true,
      fileName: true,
      startedAt: true,
      lines: true,
      bytes: true,
      sha256: true,
      imported: true,
      invalid: true,
      duplicates: true,
    },
  });
  if (!row || row.datasetId !== datasetId) throw notFound("This interrupted import");
  if (count !== 1 || row.sha256 === null) {
    const why =
      row.status === "running"
        ? "it is being imported (or resumed) right now"
        : row.status === "interrupted"
          ? "it stopped before anything was stored"
          : `it is ${row.status}`;
    throw new AppError("conflict", `The import of ${importName(row)} cannot be resumed: ${why}. Import the file without resuming to load it as a new import.`);
  }
  return { ...row, sha256: row.sha256 };
}

/** Gives a claimed import back as interrupted, untouched: the file offered to resume it was another one. */
export async function returnToInterrupted(id: string, owner: string) {
  await db().import.updateMany({
    where: { id, leaseOwner: owner, status: "running" },
    data: { status: "interrupted", finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
  });
}

/** The errors of the lines stored before the interruption (the first 1,000), how many there were, and records with unknown keys. */
export function storedErrors(importId: string): { errors: ImportError[]; total: number; unknownKeyRecords: number } {
  const handle = sqlite();
  const rows = handle
    .prepare(`SELECT sourceLine, errors FROM Conversation WHERE importId = ? AND kind = 'invalid' AND errors IS NOT NULL ORDER BY sourceLine LIMIT ?`)
    .all(importId, MAX_REPORTED_ERRORS) as { sourceLine: number; errors: string }[];
  const errors = rows
    .flatMap((r) => (JSON.parse(r.errors) as FormatError[]).map((e) => ({ line: r.sourceLine, path: e.path, message: formatError(e) })))
    .slice(0, MAX_REPORTED_ERRORS);
  const totals = handle
    .prepare(
      `SELECT coalesce(sum(CASE WHEN kind = 'invalid' AND errors IS NOT NULL THEN json_array_length(errors) END), 0) AS total,
              coalesce(sum(unknownKeys IS NOT NULL), 0) AS unknownKeyRecords
       FROM Conversation WHERE importId = ?`,
    )
    .get(importId) as { total: number; unknownKeyRecords: number };
  return { errors, ...totals };
}

/** The dataset's interrupted imports that can be resumed, for the import panel to recognise their file. */
export async function listResumableImports({ datasetId }: DatasetScope) {
  const rows = await db().import.findMany({
    where: { datasetId, status: "interrupted", sha256: { not: null }, lines: { gt: 0 } },
    orderBy: { startedAt: "desc" },
    take: 10,
    select: { id: true, fileName: true, lines: true, bytes: true, sha256: true, startedAt: true },
  });
  return rows.map((r) => ({ ...r, sha256: r.sha256! }));
}
