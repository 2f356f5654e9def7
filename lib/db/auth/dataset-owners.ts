import { db } from "../client";
import { AppError, notFound } from "../../errors";

// Which dataset a record belongs to: the input of the authorization check, so these
// are the only lib/db reads that take a bare id (lib/db/scope.test.ts lists this file
// as the owner lookups). Each answers only the dataset's id; whatever else the caller
// shows is read afterwards, through the scope the check returned. A record that does
// not exist gets the same 404 a user outside its dataset gets.

export async function datasetOfConversation(conversationId: number): Promise<string> {
  return ownerOf(await db().conversation.findUnique({ where: { id: conversationId }, select: { datasetId: true } }), notFound("This conversation"));
}

export async function datasetOfSnapshot(id: string): Promise<string> {
  return ownerOf(await db().snapshot.findUnique({ where: { id }, select: { datasetId: true } }), new AppError("not_found", `No snapshot ${id}.`));
}

export async function datasetOfFineTune(id: string): Promise<string> {
  return ownerOf(await db().fineTuneJob.findUnique({ where: { id }, select: { datasetId: true } }), new AppError("not_found", `No fine-tune ${id}.`));
}

export async function datasetOfSweep(id: string): Promise<string> {
  return ownerOf(
    await db()
      .fineTuneSweep.findUnique({ where: { id }, select: { snapshot: { select: { datasetId: true } } } })
      .then((r) => r && r.snapshot),
    new AppError("not_found", `No sweep ${id}.`),
  );
}

/** The training dataset an evaluation measures decides who may see and judge it. */
export async function datasetOfEvaluation(id: string): Promise<string> {
  return ownerOf(await db().evaluation.findUnique({ where: { id }, select: { datasetId: true } }), new AppError("not_found", `No evaluation ${id}.`));
}

/** For the command line's `tuneset undo --operation ID`, which names no dataset. */
export async function datasetOfBulkOperation(id: string): Promise<string> {
  return ownerOf(await db().bulkOperation.findUnique({ where: { id }, select: { datasetId: true } }), notFound(`Bulk change ${id}`));
}

/** The dataset of a row found by its id, or `missing` when there is no such row. */
function ownerOf(row: { datasetId: string } | null, missing: Error): string {
  if (!row) throw missing;
  return row.datasetId;
}
