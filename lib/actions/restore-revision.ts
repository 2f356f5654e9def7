"use server";

import { conversationWrite } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { restoreRevision as restore } from "../db/conversations/restore-revision";
import { RestoreRevisionSchema } from "../validation/conversation-review";

// Puts an earlier version back, as a new version on top of the current one.
export const restoreRevision = serverAction(
  { ...conversationWrite("conversations.edit"), schema: RestoreRevisionSchema },
  async ({ id, version, restore: which }, actor, ctx) => {
    const r = await restore(ctx.scope, id, which, version, actor);
    return { version: r.version };
  },
);
