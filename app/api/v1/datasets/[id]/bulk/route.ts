import { apiRoute, readJson } from "@/lib/api/api-route";
import { applyBulkAction } from "@/lib/db/bulk/apply-bulk-action";
import { bulkOperationJson, listBulkOperations } from "@/lib/db/bulk/list-bulk-operations";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { BulkRequestSchema } from "@/lib/validation/bulk";

// POST /api/v1/datasets/{id}/bulk {selection, action, preview?}: one bulk change, or
// with preview: true its counts and samples without writing. GET: recent changes.
export const POST = apiRoute<{ id: string }>({ permission: "datasets.bulk", dataset: (p) => p.id }, async (req, _params, actor, scope) => {
  const out = await applyBulkAction(scope, BulkRequestSchema.parse(await readJson(req)), actor);
  if ("preview" in out) return out;
  return { operation: bulkOperationJson(out.operation), skipped: out.skipped };
});

export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (_req, _params, _actor, scope) => {
  await getDataset(scope);
  return { operations: (await listBulkOperations(scope, 50)).map(bulkOperationJson) };
});
