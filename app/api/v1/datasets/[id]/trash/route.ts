import { apiRoute } from "@/lib/api/api-route";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { countTrash, listTrash, TRASH_DAYS } from "@/lib/db/bulk/trash";

// GET /api/v1/datasets/{id}/trash: conversations moved to the trash in the last 30 days.
// Restore them with POST …/bulk {"selection": {"ids": [...]}, "action": {"type": "restore"}}.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (_req, _params, _actor, scope) => {
  await getDataset(scope);
  const rows = listTrash(scope);
  return {
    total: countTrash(scope),
    kept_days: TRASH_DAYS,
    conversations: rows.map((r) => ({
      id: String(r.id),
      kind: r.kind,
      status: r.status,
      preview: r.preview,
      source_line: r.sourceLine,
      deleted_at: r.deletedAt,
      purge_at: r.purgeAt,
    })),
  };
});
