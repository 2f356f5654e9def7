"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "../db/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "../validation/action-result";
import { SaveReviewNoteSchema, type SaveReviewNoteInput } from "../validation/conversation-review";

// The reviewer's note on one conversation (why it was rejected, what to change).
export async function saveReviewNote(input: SaveReviewNoteInput): Promise<ActionResult<{ version: number }, "note">> {
  const parsed = SaveReviewNoteSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  const { id, version, note } = parsed.data;
  try {
    const record = await updateConversation(id, { version, note }, await currentActor());
    revalidatePath(`/conversations/${id}`);
    return { ok: true, version: record.version };
  } catch (e) {
    return actionFailure(e, CONFLICT_ACTION_ERROR);
  }
}
