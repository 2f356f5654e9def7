import { db } from "../client";
import { AppError } from "../../errors";

// Which dataset a snapshot, job or sweep belongs to: what access is checked against
// before anything else is read (a user outside the dataset gets the same 404 as for a
// snapshot that does not exist).

export async function datasetOfSnapshot(id: string): Promise<string> {
  const row = await db().snapshot.findUnique({ where: { id }, select: { datasetId: true } });
  if (!row) throw new AppError("not_found", `No snapshot ${id}.`);
  return row.datasetId;
}

export async function datasetOfFineTune(id: string): Promise<string> {
  const row = await db().fineTuneJob.findUnique({ where: { id }, select: { datasetId: true } });
  if (!row) throw new AppError("not_found", `No fine-tune ${id}.`);
  return row.datasetId;
}

export async function datasetOfSweep(id: string): Promise<string> {
  const row = await db().fineTuneSweep.findUnique({ where: { id }, select: { snapshot: { select: { datasetId: true } } } });
  if (!row) throw new AppError("not_found", `No sweep ${id}.`);
  return row.snapshot.datasetId;
}
