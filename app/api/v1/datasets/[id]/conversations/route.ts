import { apiRoute } from "@/lib/api/api-route";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { countConversations, listConversations } from "@/lib/db/conversations/list-conversations";
import { ConversationPageSchema, paramsToObject } from "@/lib/validation/conversation-filter";

export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (req, _params, _actor, scope) => {
  await getDataset(scope);
  const query = ConversationPageSchema.parse(paramsToObject(new URL(req.url).searchParams));
  const [page, total] = await Promise.all([listConversations(scope, query), countConversations(scope, query)]);
  return {
    conversations: page.rows.map((r) => ({ ...r, id: String(r.id), duplicateOfId: r.duplicateOfId && String(r.duplicateOfId) })),
    total,
    next_cursor: page.next,
    prev_cursor: page.prev,
  };
});
