"use server";

import { CONFLICT_ACTION_ERROR } from "../api/action-result";
import { conversationPages, serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SaveReviewNoteSchema } from "../validation/conversation-review";

// The reviewer's note on one conversation (why it was rejected, what to change).
export const saveReviewNote = serverAction(
  {
    permission: "conversations.review",
    schema: SaveReviewNoteSchema,
    conversation: (i) => i.id,
    revalidate: conversationPages,
    conflict: CONFLICT_ACTION_ERROR,
  },
  async ({ id, version, note }, actor) => {
    const r = await updateConversation(id, { version, note }, actor);
    return { version: r.version };
  },
);
