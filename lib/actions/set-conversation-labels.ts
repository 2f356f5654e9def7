"use server";

import { conversationAction } from "../api/conversation-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SetConversationLabelsSchema, type SetConversationLabelsInput } from "../validation/conversation-review";

// The labels one conversation carries; names new to the dataset become labels.
export async function setConversationLabels(input: SetConversationLabelsInput) {
  return conversationAction(
    "conversations.review",
    SetConversationLabelsSchema,
    input,
    ({ id, version, labels }, actor) => updateConversation(id, { version, labels }, actor),
    (r) => ({ version: r.version, labels: r.labels }),
  );
}
