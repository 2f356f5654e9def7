"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { setTargetModel } from "../db/datasets/set-target-model";
import { actionFailure, type ActionResult } from "../api/action-result";
import { TargetModelChangeSchema } from "../validation/target-model";

type Changed = { targetModel: string; recounting: number };

// Dataset settings: change the target model, which clears and recounts every token count.
export async function setTargetModelAction(
  _prev: ActionResult<Changed, "targetModel"> | null,
  form: FormData,
): Promise<ActionResult<Changed, "targetModel">> {
  const parsed = TargetModelChangeSchema.safeParse({ datasetId: form.get("datasetId"), targetModel: form.get("targetModel") });
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("datasets.settings", parsed.data.datasetId);
    const { dataset, recounting } = await setTargetModel(parsed.data, actor);
    revalidatePath(`/datasets/${dataset.id}`, "layout");
    revalidatePath("/");
    return { ok: true, targetModel: dataset.targetModel, recounting };
  } catch (e) {
    const failure = actionFailure<"targetModel">(e);
    return failure.code === "bad_request" ? { ...failure, fieldErrors: { targetModel: [failure.error] } } : failure;
  }
}
