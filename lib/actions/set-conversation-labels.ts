"use server";

import { conversationWrite } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SetConversationLabelsSchema } from "../validation/conversation-review";

// The labels one conversation carries; names new to the dataset become labels.
export const setConversationLabels = serverAction(
  { ...conversationWrite("conversations.review"), schema: SetConversationLabelsSchema },
  async ({ id, version, labels }, actor, ctx) => {
    const r = await updateConversation(ctx.scope, id, { version, labels }, actor);
    return { version: r.version, labels: r.labels };
  },
);
