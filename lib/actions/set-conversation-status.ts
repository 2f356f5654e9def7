"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "../db/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "../validation/action-result";
import { SetConversationStatusSchema, type SetConversationStatusInput } from "../validation/conversation-review";

// Approve, reject, send back or reset one conversation. A stale version comes back as
// a conflict the page words as "someone else changed this conversation".
export async function setConversationStatus(
  input: SetConversationStatusInput,
): Promise<ActionResult<{ status: string; version: number }>> {
  const parsed = SetConversationStatusSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  const { id, version, status } = parsed.data;
  try {
    const record = await updateConversation(id, { version, status }, await currentActor());
    revalidatePath(`/conversations/${id}`);
    revalidatePath(`/datasets/${record.datasetId}`);
    return { ok: true, status: record.status, version: record.version };
  } catch (e) {
    return actionFailure(e, CONFLICT_ACTION_ERROR);
  }
}
