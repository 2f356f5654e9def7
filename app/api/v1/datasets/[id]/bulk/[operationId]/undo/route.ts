import { apiRoute } from "@/lib/api/api-route";
import { undoBulkOperation } from "@/lib/db/bulk/undo-bulk-operation";
import { bulkOperationJson } from "@/lib/db/bulk/list-bulk-operations";

// POST /api/v1/datasets/{id}/bulk/{operationId}/undo: undoes the change as a whole (once).
export const POST = apiRoute<{ id: string; operationId: string }>(
  { permission: "datasets.bulk", dataset: (p) => p.id },
  async (_req, { operationId }, actor, scope) => {
    const out = await undoBulkOperation(scope, operationId, actor);
    return { operation: bulkOperationJson(out.operation), undone: out.undone, skipped: out.skipped, message: out.message };
  },
);
