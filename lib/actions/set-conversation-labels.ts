"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "../db/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "../validation/action-result";
import { SetConversationLabelsSchema, type SetConversationLabelsInput } from "../validation/conversation-review";

// The labels one conversation carries; names new to the dataset become labels.
export async function setConversationLabels(
  input: SetConversationLabelsInput,
): Promise<ActionResult<{ version: number; labels: string[] }, "labels">> {
  const parsed = SetConversationLabelsSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  const { id, version, labels } = parsed.data;
  try {
    const record = await updateConversation(id, { version, labels }, await currentActor());
    revalidatePath(`/conversations/${id}`);
    revalidatePath(`/datasets/${record.datasetId}`);
    return { ok: true, version: record.version, labels: record.labels };
  } catch (e) {
    return actionFailure(e, CONFLICT_ACTION_ERROR);
  }
}
