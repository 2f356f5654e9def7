import { db } from "../client";
import { AppError } from "../../errors";

// The training dataset an evaluation measures decides who may see and judge it; a
// user outside that dataset gets the same 404 as for an evaluation that does not exist.

export async function datasetOfEvaluation(id: string): Promise<string> {
  const row = await db().evaluation.findUnique({ where: { id }, select: { datasetId: true } });
  if (!row) throw new AppError("not_found", `No evaluation ${id}.`);
  return row.datasetId;
}
