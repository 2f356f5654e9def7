import { apiRoute } from "@/lib/api/api-route";
import { getStoredConversation, parseConversationId } from "@/lib/db/conversations/get-conversation";
import { listRevisions } from "@/lib/db/conversations/revisions";

export const GET = apiRoute<{ id: string }>(
  { permission: "datasets.read", conversation: (p) => parseConversationId(p.id) },
  async (_req, { id }, _actor, scope) => {
    const c = await getStoredConversation(scope, parseConversationId(id));
    return { revisions: await listRevisions(scope, c.id) };
  },
);
