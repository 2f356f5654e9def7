"use server";

import { conversationWrite } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SaveConversationSchema } from "../validation/conversation-review";

// Saves the turn editor: the messages and tools replace the record's own (other keys
// stay). An edit that breaks the format is saved and comes back with its errors.
export const saveConversation = serverAction(
  { ...conversationWrite("conversations.edit"), schema: SaveConversationSchema },
  async ({ id, version, messages, tools }, actor, ctx) => {
    const r = await updateConversation(ctx.scope, id, { version, messages, tools }, actor);
    return { version: r.version, kind: r.kind, errors: r.errors ?? [] };
  },
);
