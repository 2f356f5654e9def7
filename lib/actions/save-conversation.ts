"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "../db/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "../validation/action-result";
import { SaveConversationSchema, type SaveConversationInput } from "../validation/conversation-review";

// Saves the turn editor: the messages and tools replace the record's own (other keys
// stay). An edit that breaks the format is saved and comes back with its errors.
export async function saveConversation(
  input: SaveConversationInput,
): Promise<ActionResult<{ version: number; kind: string; errors: { path: string; message: string }[] }>> {
  const parsed = SaveConversationSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  const { id, version, messages, tools } = parsed.data;
  try {
    const record = await updateConversation(id, { version, messages, tools }, await currentActor());
    revalidatePath(`/conversations/${id}`);
    revalidatePath(`/datasets/${record.datasetId}`);
    return { ok: true, version: record.version, kind: record.kind, errors: record.errors ?? [] };
  } catch (e) {
    return actionFailure(e, CONFLICT_ACTION_ERROR);
  }
}
