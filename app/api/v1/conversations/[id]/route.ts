import { apiRoute, readJson } from "@/lib/api/api-route";
import { getConversation, parseConversationId } from "@/lib/db/conversations/get-conversation";
import { updateConversation } from "@/lib/db/conversations/update-conversation";

export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", conversation: (p) => parseConversationId(p.id) }, async (_req, { id }) => getConversation(parseConversationId(id)));

export const PATCH = apiRoute<{ id: string }>({ permission: "conversations.edit", conversation: (p) => parseConversationId(p.id) }, async (req, { id }, actor) =>
  updateConversation(parseConversationId(id), await readJson(req), actor),
);
