import { apiRoute, readJson } from "@/lib/api/api-route";
import { parseConversationId } from "@/lib/db/conversations/get-conversation";
import { restoreRevision } from "@/lib/db/conversations/restore-revision";
import { RestoreRevisionSchema } from "@/lib/validation/conversation-review";

// POST /api/v1/conversations/{id}/revisions/{version}/restore with {"version": current}.
export const POST = apiRoute<{ id: string; version: string }>(
  { permission: "conversations.edit", conversation: (p) => parseConversationId(p.id) },
  async (req, { id, version }, actor, scope) => {
    const body = RestoreRevisionSchema.parse({ ...((await readJson(req)) as object), id, restore: version });
    return restoreRevision(scope, parseConversationId(id), body.restore, body.version, actor);
  },
);
