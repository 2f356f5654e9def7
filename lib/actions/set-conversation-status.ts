"use server";

import { conversationWrite } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SetConversationStatusSchema } from "../validation/conversation-review";

// Approve, reject, send back or reset one conversation. A stale version comes back as
// a conflict the page words as "someone else changed this conversation".
export const setConversationStatus = serverAction(
  { ...conversationWrite("conversations.review"), schema: SetConversationStatusSchema },
  async ({ id, version, status }, actor, ctx) => {
    const r = await updateConversation(ctx.scope, id, { version, status }, actor);
    return { status: r.status, version: r.version };
  },
);
