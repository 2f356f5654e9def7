import { apiRoute } from "@/lib/api/api-route";
import { listAuditEvents } from "@/lib/db/audit/list-audit";
import { AuditQuerySchema } from "@/lib/validation/audit-query";
import { paramsToObject } from "@/lib/validation/conversation-filter";

// GET /api/v1/audit?actor=&action=&dataset=&from=YYYY-MM-DD&to=YYYY-MM-DD&cursor=
// Who did what, newest first, 50 a page; pass next_cursor back as cursor for older events.
export const GET = apiRoute({ permission: "audit.read" }, async (req, _params, actor) => {
  const query = AuditQuerySchema.parse(paramsToObject(new URL(req.url).searchParams));
  const page = await listAuditEvents(query, actor);
  return {
    events: page.events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      dataset_id: e.dataset?.id ?? null,
      dataset_name: e.dataset?.name ?? null,
      target_type: e.targetType,
      target_id: e.targetId,
      summary: e.summary,
      detail: e.detail,
    })),
    next_cursor: page.next,
    prev_cursor: page.prev,
  };
});
