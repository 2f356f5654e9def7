import { apiRoute } from "@/lib/api/api-route";
import { parseConversationId } from "@/lib/db/conversations/get-conversation";
import { readTextChunk } from "@/lib/db/conversations/long-text";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { TextChunkQuerySchema } from "@/lib/validation/long-text-query";

// "Show all": the whole of a text the page sent shortened, from the version the page
// showed, at most a megabyte per request (`offset` continues where the last chunk ended).
export const GET = apiRoute<{ id: string }>(
  { permission: "datasets.read", conversation: (p) => parseConversationId(p.id) },
  async (req, { id }, _actor, scope) => {
    const q = TextChunkQuerySchema.parse(paramsToObject(new URL(req.url).searchParams));
    return readTextChunk(scope, parseConversationId(id), q.version, q.path, q.offset);
  },
);
