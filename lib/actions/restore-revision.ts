"use server";

import { conversationAction } from "../api/conversation-action";
import { restoreRevision as restore } from "../db/conversations/restore-revision";
import { RestoreRevisionSchema, type RestoreRevisionInput } from "../validation/conversation-review";

// Puts an earlier version back, as a new version on top of the current one.
export async function restoreRevision(input: RestoreRevisionInput) {
  return conversationAction(
    "conversations.edit",
    RestoreRevisionSchema,
    input,
    ({ id, version, restore: which }, actor) => restore(id, which, version, actor),
    (r) => ({ version: r.version }),
  );
}
