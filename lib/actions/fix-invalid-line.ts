"use server";

import { conversationAction } from "../api/conversation-action";
import { updateConversation } from "../db/conversations/update-conversation";
import { FixInvalidLineSchema, type FixInvalidLineInput } from "../validation/conversation-review";

// Saves an edited raw line in place of an invalid record. If it now validates, the
// record becomes a normal conversation; if not, it is saved anyway with its new errors,
// so the edit is never lost and the errors shown always match the saved text.
export async function fixInvalidLine(input: FixInvalidLineInput) {
  return conversationAction(
    "conversations.edit",
    FixInvalidLineSchema,
    input,
    ({ id, version, raw }, actor) => updateConversation(id, { version, raw }, actor),
    (r) => ({ kind: r.kind, version: r.version, errors: r.errors ?? [] }),
  );
}
