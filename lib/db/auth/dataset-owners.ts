import { db } from "../client";
import { AppError, notFound } from "../../errors";

// Which dataset a record belongs to: the input of the authorization check, so these
// are the only lib/db reads that take a bare id (lib/db/scope.test.ts lists this file
// as the owner lookups). Each answers only the dataset's id; whatever else the caller
// shows is read afterwards, through the scope the check returned. A record that does
// not exist gets the same 404 a user outside its dataset gets.

export async function datasetOfConversation(conversationId: number): Promise<string> {
  const row = await db().conversation.findUnique({ where: { id: conversationId }, select: { datasetId: true } });
  if (!row) throw notFound("This conversation");
  return row.datasetId;
}

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

/** The training dataset an evaluation measures decides who may see and judge it. */
export async function datasetOfEvaluation(id: string): Promise<string> {
  const row = await db().evaluation.findUnique({ where: { id }, select: { datasetId: true } });
  if (!row) throw new AppError("not_found", `No evaluation ${id}.`);
  return row.datasetId;
}

/** For the command line's `tuneset undo --operation ID`, which names no dataset. */
export async function datasetOfBulkOperation(id: string): Promise<string> {
  const op = await db().bulkOperation.findUnique({ where: { id }, select: { datasetId: true } });
  if (!op) throw notFound(`Bulk change ${id}`);
  return op.datasetId;
}
