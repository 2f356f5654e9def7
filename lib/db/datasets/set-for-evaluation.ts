import { getDataset } from "./get-dataset";
import type { DatasetScope } from "../scope";
import type { Actor } from "../../auth/actor";
import { changeDatasetSwitch } from "./change-dataset-switch";
import type { ForEvaluationInput } from "../../validation/for-evaluation";

/** Marks a dataset as held out for evaluation (or not), with its audit event. */
export async function setForEvaluation(scope: DatasetScope, input: Pick<ForEvaluationInput, "forEvaluation">, actor: Actor) {
  const current = await getDataset(scope);
  const summary = input.forEvaluation ? `Marked ${current.name} for evaluation.` : `Unmarked ${current.name} for evaluation.`;
  return changeDatasetSwitch(current, "forEvaluation", input.forEvaluation, summary, actor);
}
