"use server";

import { conversationAction } from "../api/conversation-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SetConversationStatusSchema, type SetConversationStatusInput } from "../validation/conversation-review";

// Approve, reject, send back or reset one conversation. A stale version comes back as
// a conflict the page words as "someone else changed this conversation".
export async function setConversationStatus(input: SetConversationStatusInput) {
  return conversationAction(
    "conversations.review",
    SetConversationStatusSchema,
    input,
    ({ id, version, status }, actor) => updateConversation(id, { version, status }, actor),
    (r) => ({ status: r.status, version: r.version }),
  );
}
