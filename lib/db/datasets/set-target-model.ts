import { db } from "../client";
import { AppError } from "../../errors";
import { resolveModel } from "../../models/fine-tunable-models";
import { wakeBackgroundWork } from "../../jobs/background-work";
import { getDatasetById } from "./get-dataset";

/**
 * Changes the model a dataset is meant for. The model decides the token encoding,
 * so every stored count is cleared in the same transaction and the background worker
 * recounts them; the table shows "counting…" meanwhile rather than stale numbers.
 */
export async function setTargetModel(opts: { datasetId: string; targetModel: string }) {
  const model = resolveModel(opts.targetModel);
  if (!model) {
    throw new AppError("bad_request", `Unknown target model "${opts.targetModel}". Pick one of the fine-tunable models in the list.`);
  }
  const current = await getDatasetById(opts.datasetId);
  if (current.targetModel === model.id) return { dataset: current, recounting: 0 };
  const [dataset, cleared] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { targetModel: model.id } }),
    db().conversation.updateMany({ where: { datasetId: current.id }, data: { tokens: null } }),
  ]);
  wakeBackgroundWork();
  return { dataset, recounting: cleared.count };
}
