import { db } from "../client";
import { AppError } from "../../errors";
import { resolveModel } from "../../models/fine-tunable-models";
import { wake } from "../../jobs/signal";
import { getDataset } from "./get-dataset";
import type { DatasetScope } from "../scope";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";

/**
 * Changes the model a dataset is meant for. The model decides the token encoding,
 * so every stored count is cleared in the same transaction and the background worker
 * recounts them; the table shows "counting…" meanwhile rather than stale numbers.
 */
export async function setTargetModel(scope: DatasetScope, opts: { targetModel: string }, actor: Actor) {
  const model = resolveModel(opts.targetModel);
  if (!model) {
    throw new AppError("bad_request", `Unknown target model "${opts.targetModel}". Pick one of the fine-tunable models in the list.`);
  }
  const current = await getDataset(scope);
  if (current.targetModel === model.id) return { dataset: current, recounting: 0 };
  const summary = `Changed the target model of ${current.name} from ${current.targetModel} to ${model.id}.`;
  const detail = { setting: "targetModel", from: current.targetModel, to: model.id };
  const [dataset, cleared] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { targetModel: model.id } }),
    db().conversation.updateMany({ where: { datasetId: current.id }, data: { tokens: null, assistantTokens: null, checkedAt: null } }),
    db().auditEvent.create({
      data: auditEventData({ actor, action: "dataset.settings_changed", datasetId: current.id, targetType: "dataset", targetId: current.id, summary, detail }),
    }),
  ]);
  wake("background");
  return { dataset, recounting: cleared.count };
}
