"use server";

import { conversationAction } from "../api/conversation-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SaveConversationSchema, type SaveConversationInput } from "../validation/conversation-review";

// Saves the turn editor: the messages and tools replace the record's own (other keys
// stay). An edit that breaks the format is saved and comes back with its errors.
export async function saveConversation(input: SaveConversationInput) {
  return conversationAction(
    "conversations.edit",
    SaveConversationSchema,
    input,
    ({ id, version, messages, tools }, actor) => updateConversation(id, { version, messages, tools }, actor),
    (r) => ({ version: r.version, kind: r.kind, errors: r.errors ?? [] }),
  );
}
