import { apiRoute } from "@/lib/api/api-route";
import { parseConversationId } from "@/lib/db/conversations/get-conversation";
import { readMoreTurns } from "@/lib/db/conversations/long-text";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { MoreTurnsQuerySchema } from "@/lib/validation/long-text-query";

// "Show more turns": the next turns of a conversation too long for one page, from the
// version the page showed, bounded like the page (long texts shortened, at most a
// page's worth of text); `hidden` says where the next batch starts, or null at the end.
export const GET = apiRoute<{ id: string }>(
  { permission: "datasets.read", conversation: (p) => parseConversationId(p.id) },
  async (req, { id }, _actor, scope) => {
    const q = MoreTurnsQuerySchema.parse(paramsToObject(new URL(req.url).searchParams));
    return readMoreTurns(scope, parseConversationId(id), q.version, q.path, q.from);
  },
);
