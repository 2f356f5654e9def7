import type { Actor } from "../auth/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { ConversationPatchSchema } from "../validation/conversation-patch";

/** Edits a conversation as every entry point does: the body goes through the one patch schema first. */
export const patchConversation = (id: Parameters<typeof updateConversation>[0], body: unknown, actor: Actor) =>
  updateConversation(id, ConversationPatchSchema.parse(body), actor);
