"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { setLabelShareLimit } from "../db/datasets/set-label-share-limit";
import { actionFailure, type ActionResult } from "../api/action-result";
import { LabelShareLimitSchema } from "../validation/label-share";

// Dataset settings: when one label's share of the approved set becomes a warning.
export async function setLabelShareLimitAction(
  _prev: ActionResult<{ percent: number }, "percent"> | null,
  form: FormData,
): Promise<ActionResult<{ percent: number }, "percent">> {
  const parsed = LabelShareLimitSchema.safeParse({ datasetId: form.get("datasetId"), percent: form.get("percent") });
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("datasets.settings", parsed.data.datasetId);
    const dataset = await setLabelShareLimit(parsed.data, actor);
    revalidatePath(`/datasets/${dataset.id}`, "layout");
    return { ok: true, percent: Math.round(dataset.labelShareLimit * 100) };
  } catch (e) {
    return actionFailure(e);
  }
}
