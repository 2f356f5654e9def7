"use server";

import { CONFLICT_ACTION_ERROR } from "../api/action-result";
import { conversationPages, serverAction } from "../api/server-action";
import { restoreRevision as restore } from "../db/conversations/restore-revision";
import { RestoreRevisionSchema } from "../validation/conversation-review";

// Puts an earlier version back, as a new version on top of the current one.
export const restoreRevision = serverAction(
  {
    permission: "conversations.edit",
    schema: RestoreRevisionSchema,
    conversation: (i) => i.id,
    revalidate: conversationPages,
    conflict: CONFLICT_ACTION_ERROR,
  },
  async ({ id, version, restore: which }, actor) => {
    const r = await restore(id, which, version, actor);
    return { version: r.version };
  },
);
