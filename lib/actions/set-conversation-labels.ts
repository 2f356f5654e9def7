"use server";

import { CONFLICT_ACTION_ERROR } from "../api/action-result";
import { conversationPages, serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SetConversationLabelsSchema } from "../validation/conversation-review";

// The labels one conversation carries; names new to the dataset become labels.
export const setConversationLabels = serverAction(
  {
    permission: "conversations.review",
    schema: SetConversationLabelsSchema,
    conversation: (i) => i.id,
    revalidate: conversationPages,
    conflict: CONFLICT_ACTION_ERROR,
  },
  async ({ id, version, labels }, actor) => {
    const r = await updateConversation(id, { version, labels }, actor);
    return { version: r.version, labels: r.labels };
  },
);
