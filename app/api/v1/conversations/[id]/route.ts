import { apiRoute, readJson } from "@/lib/api/api-route";
import { getConversation, parseConversationId } from "@/lib/db/conversations/get-conversation";
import { updateConversation } from "@/lib/db/conversations/update-conversation";
import { ConversationPatchSchema } from "@/lib/validation/conversation-patch";

export const GET = apiRoute<{ id: string }>(
  { permission: "datasets.read", conversation: (p) => parseConversationId(p.id) },
  async (_req, { id }, _actor, scope) => getConversation(scope, parseConversationId(id)),
);

export const PATCH = apiRoute<{ id: string }>(
  { permission: "conversations.edit", conversation: (p) => parseConversationId(p.id) },
  async (req, { id }, actor, scope) => updateConversation(scope, parseConversationId(id), ConversationPatchSchema.parse(await readJson(req)), actor),
);
