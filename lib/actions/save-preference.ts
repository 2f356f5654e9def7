"use server";

import { conversationAction } from "../api/conversation-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { SavePreferenceSchema, type SavePreferenceInput } from "../validation/conversation-review";

// Saves the preference editor: input, preferred and non-preferred answer replace the
// record's own (other keys stay). An edit that breaks the format is saved and comes
// back with its errors, so it can be fixed but not approved.
export async function savePreference(data: SavePreferenceInput) {
  return conversationAction(
    "conversations.edit",
    SavePreferenceSchema,
    data,
    ({ id, version, input, preferred_output, non_preferred_output }, actor) =>
      updateConversation(id, { version, input, preferred_output, non_preferred_output }, actor),
    (r) => ({ version: r.version, kind: r.kind, errors: r.errors ?? [] }),
  );
}
