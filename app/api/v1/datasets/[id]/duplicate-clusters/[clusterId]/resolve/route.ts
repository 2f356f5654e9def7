import { apiRoute, readJson } from "@/lib/api/api-route";
import { resolveClusters } from "@/lib/db/dedup/resolve-clusters";
import { bulkOperationJson } from "@/lib/db/bulk/list-bulk-operations";
import { ResolveClusterSchema } from "@/lib/validation/dedup";

// POST /api/v1/datasets/{id}/duplicate-clusters/{clusterId}/resolve {keeper_id, merge_labels?}:
// every other member becomes a duplicate of the keeper. Undo it through
// POST /api/v1/datasets/{id}/bulk/{operation.id}/undo.
export const POST = apiRoute<{ id: string; clusterId: string }>(
  { permission: "datasets.dedup", dataset: (p) => p.id },
  async (req, { clusterId }, actor, scope) => {
    const body = (await readJson(req)) as { keeper_id?: unknown; merge_labels?: unknown };
    const input = ResolveClusterSchema.parse({ clusterId, keeperId: body.keeper_id, mergeLabels: body.merge_labels ?? false });
    const { operation } = await resolveClusters(scope, [{ clusterId: input.clusterId, keeperId: input.keeperId }], input.mergeLabels, actor);
    return { operation: bulkOperationJson(operation) };
  },
);
