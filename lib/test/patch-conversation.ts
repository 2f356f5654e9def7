import type { Actor } from "../auth/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { datasetOfConversation } from "../db/auth/dataset-owners";
import { systemScope } from "../db/scope";
import { ConversationPatchSchema } from "../validation/conversation-patch";

/** Edits a conversation as every entry point does: the body goes through the one patch schema first, in the conversation's own dataset. */
export async function patchConversation(id: number, body: unknown, actor: Actor) {
  const scope = systemScope(await datasetOfConversation(id), "a unit test editing a conversation it made");
  return updateConversation(scope, id, ConversationPatchSchema.parse(body), actor);
}
