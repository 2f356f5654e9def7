"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { setForEvaluation } from "../db/datasets/set-for-evaluation";
import { actionFailure, type ActionResult } from "../api/action-result";
import { ForEvaluationSchema } from "../validation/for-evaluation";

// Dataset settings: hold the set out for evaluation, so evaluations may use it.
export async function setForEvaluationAction(
  _prev: ActionResult<{ forEvaluation: boolean }> | null,
  form: FormData,
): Promise<ActionResult<{ forEvaluation: boolean }>> {
  const parsed = ForEvaluationSchema.safeParse({ datasetId: form.get("datasetId"), forEvaluation: form.get("forEvaluation") });
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("datasets.settings", parsed.data.datasetId);
    const dataset = await setForEvaluation(parsed.data, actor);
    revalidatePath(`/datasets/${dataset.id}`, "layout");
    return { ok: true, forEvaluation: dataset.forEvaluation };
  } catch (e) {
    return actionFailure(e);
  }
}
