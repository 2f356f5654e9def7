"use server";

import { conversationWrite } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SaveReviewNoteSchema } from "../validation/conversation-review";

// The reviewer's note on one conversation (why it was rejected, what to change).
export const saveReviewNote = serverAction(
  { ...conversationWrite("conversations.review"), schema: SaveReviewNoteSchema },
  async ({ id, version, note }, actor, ctx) => {
    const r = await updateConversation(ctx.scope, id, { version, note }, actor);
    return { version: r.version };
  },
);
