import { apiRoute, readJson } from "@/lib/api/api-route";
import { getConversation, parseConversationId } from "@/lib/db/conversations/get-conversation";
import { updateConversation } from "@/lib/db/conversations/update-conversation";
import { currentActor } from "@/lib/db/actor";

export const GET = apiRoute<{ id: string }>(async (_req, { id }) => getConversation(parseConversationId(id)));

export const PATCH = apiRoute<{ id: string }>(async (req, { id }) =>
  updateConversation(parseConversationId(id), await readJson(req), await currentActor()),
);
