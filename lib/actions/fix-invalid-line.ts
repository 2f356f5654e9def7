"use server";

import { conversationWrite } from "../api/action-presets";
import { serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { FixInvalidLineSchema } from "../validation/conversation-review";

// Saves an edited raw line in place of an invalid record. If it now validates, the
// record becomes a normal conversation; if not, it is saved anyway with its new errors,
// so the edit is never lost and the errors shown always match the saved text.
export const fixInvalidLine = serverAction(
  { ...conversationWrite("conversations.edit"), schema: FixInvalidLineSchema },
  async ({ id, version, raw }, actor, ctx) => {
    const r = await updateConversation(ctx.scope, id, { version, raw }, actor);
    return { kind: r.kind, version: r.version, errors: r.errors ?? [] };
  },
);
