"use server";

import { CONFLICT_ACTION_ERROR } from "../api/action-result";
import { conversationPages, serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SetConversationStatusSchema } from "../validation/conversation-review";

// Approve, reject, send back or reset one conversation. A stale version comes back as
// a conflict the page words as "someone else changed this conversation".
export const setConversationStatus = serverAction(
  {
    permission: "conversations.review",
    schema: SetConversationStatusSchema,
    conversation: (i) => i.id,
    revalidate: conversationPages,
    conflict: CONFLICT_ACTION_ERROR,
  },
  async ({ id, version, status }, actor) => {
    const r = await updateConversation(id, { version, status }, actor);
    return { status: r.status, version: r.version };
  },
);
