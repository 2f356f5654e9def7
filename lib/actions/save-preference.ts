"use server";

import { CONFLICT_ACTION_ERROR } from "../api/action-result";
import { conversationPages, serverAction } from "../api/server-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SavePreferenceSchema } from "../validation/conversation-review";

// Saves the preference editor: input, preferred and non-preferred answer replace the
// record's own (other keys stay). An edit that breaks the format is saved and comes
// back with its errors, so it can be fixed but not approved.
export const savePreference = serverAction(
  { permission: "conversations.edit", schema: SavePreferenceSchema, conversation: (i) => i.id, revalidate: conversationPages, conflict: CONFLICT_ACTION_ERROR },
  async ({ id, version, input, preferred_output, non_preferred_output }, actor, ctx) => {
    const r = await updateConversation(ctx.scope, id, { version, input, preferred_output, non_preferred_output }, actor);
    return { version: r.version, kind: r.kind, errors: r.errors ?? [] };
  },
);
