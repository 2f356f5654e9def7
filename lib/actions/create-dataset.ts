"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "../auth/authorize";
import { createDataset } from "../db/datasets/create-dataset";
import { isAppError } from "../errors";
import { DatasetCreateSchema } from "../validation/dataset";
import { actionFailure } from "../api/action-result";
import type { CreateDatasetResult } from "../validation/dataset-form";

// The "New dataset" form. On success it redirects to the new dataset, so only
// failures come back, with what the user typed so the form can show it again.
export async function createDatasetAction(_prev: CreateDatasetResult | null, form: FormData): Promise<CreateDatasetResult> {
  const values = {
    name: String(form.get("name") ?? ""),
    description: String(form.get("description") ?? ""),
    targetModel: String(form.get("targetModel") ?? ""),
  };
  const parsed = DatasetCreateSchema.safeParse({ ...values, targetModel: values.targetModel || undefined });
  if (!parsed.success) return { ...actionFailure(parsed.error), values };

  let id: string;
  try {
    id = (await createDataset(parsed.data, await authorize("datasets.create"))).id;
  } catch (e) {
    const failure = actionFailure(e);
    // Put the two expected refusals under the field they are about.
    if (isAppError(e) && e.code === "conflict") return { ...failure, fieldErrors: { name: [e.message] }, values };
    if (isAppError(e) && e.code === "bad_request") return { ...failure, fieldErrors: { targetModel: [e.message] }, values };
    return { ...failure, values };
  }
  revalidatePath("/");
  redirect(`/datasets/${id}`);
}
