"use server";

import { conversationAction } from "../api/conversation-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SaveReviewNoteSchema, type SaveReviewNoteInput } from "../validation/conversation-review";

// The reviewer's note on one conversation (why it was rejected, what to change).
export async function saveReviewNote(input: SaveReviewNoteInput) {
  return conversationAction(
    "conversations.review",
    SaveReviewNoteSchema,
    input,
    ({ id, version, note }, actor) => updateConversation(id, { version, note }, actor),
    (r) => ({ version: r.version }),
  );
}
