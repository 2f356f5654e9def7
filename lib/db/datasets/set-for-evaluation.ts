import { db } from "../client";
import { getDatasetById } from "./get-dataset";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";
import type { ForEvaluationInput } from "../../validation/for-evaluation";

/** Marks a dataset as held out for evaluation (or not), with its audit event. */
export async function setForEvaluation(input: ForEvaluationInput, actor: Actor) {
  const current = await getDatasetById(input.datasetId);
  if (current.forEvaluation === input.forEvaluation) return current;
  const summary = input.forEvaluation ? `Marked ${current.name} for evaluation.` : `Unmarked ${current.name} for evaluation.`;
  const detail = { setting: "forEvaluation", from: current.forEvaluation, to: input.forEvaluation };
  const [dataset] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { forEvaluation: input.forEvaluation } }),
    db().auditEvent.create({
      data: auditEventData({ actor, action: "dataset.settings_changed", datasetId: current.id, targetType: "dataset", targetId: current.id, summary, detail }),
    }),
  ]);
  return dataset;
}
