import { apiRoute } from "@/lib/api/api-route";
import { getCluster } from "@/lib/db/dedup/get-cluster";
import { ResolveClusterSchema } from "@/lib/validation/dedup";

// GET /api/v1/datasets/{id}/duplicate-clusters/{clusterId}: the members with their
// similarity to the keeper, the suggested keeper and the one a resolution chose.
export const GET = apiRoute<{ id: string; clusterId: string }>(
  { permission: "datasets.read", dataset: (p) => p.id },
  async (_req, { clusterId }, _actor, scope) => {
    const { clusterId: n } = ResolveClusterSchema.pick({ clusterId: true }).parse({ clusterId });
    const c = getCluster(scope, n);
    return {
      id: c.id,
      kind: c.kind,
      similarity: c.similarity,
      scope: c.scope,
      threshold: c.threshold,
      suggested_keeper_id: c.suggestedKeeperId === null ? null : String(c.suggestedKeeperId),
      // The rule that chose it over the runner-up: approved, findings, anomalies, length, age (or only).
      suggested_keeper_reason: c.suggestion?.reason ?? null,
      resolved_keeper_id: c.resolvedKeeperId === null ? null : String(c.resolvedKeeperId),
      members: c.members.map((m) => ({
        id: String(m.id),
        dataset_id: m.datasetId,
        status: m.status,
        keeper_id: m.keeperId === null ? null : String(m.keeperId),
        labels: m.labels,
        source_line: m.sourceLine,
        in_trash: m.inTrash,
        similarity: Number(m.similarity.toFixed(4)),
      })),
    };
  },
);
