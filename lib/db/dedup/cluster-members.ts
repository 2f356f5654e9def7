import { sqlite } from "../client";
import type { DatasetScope } from "../scope";

// The members of a page of clusters, for lists that show every member rather than the
// first one's preview: a leakage check's clusters, where what matters is which record
// of which dataset repeats which.

export type ClusterMemberRow = {
  clusterId: number;
  id: number;
  datasetId: string;
  datasetName: string;
  status: string;
  preview: string;
  inTrash: boolean;
};

/** Only clusters of the scope's own runs; their members may be of another dataset (a leakage check's). */
export function clusterMembers(scope: DatasetScope, clusterIds: readonly number[]): Map<number, ClusterMemberRow[]> {
  const byCluster = new Map<number, ClusterMemberRow[]>(clusterIds.map((id) => [id, []]));
  if (clusterIds.length === 0) return byCluster;
  const rows = sqlite()
    .prepare(
      `SELECT m.clusterId, c.id, c.datasetId, d.name AS datasetName, c.status, c.preview, c.deletedAt IS NOT NULL AS inTrash
       FROM DuplicateMember m JOIN Conversation c ON c.id = m.conversationId JOIN Dataset d ON d.id = c.datasetId
       WHERE m.clusterId IN (${clusterIds.map(() => "?").join(",")})
         AND m.runId IN (SELECT id FROM DedupRun WHERE datasetId = ?) ORDER BY m.clusterId, c.id`,
    )
    .all(...clusterIds, scope.datasetId) as (Omit<ClusterMemberRow, "inTrash"> & { inTrash: number })[];
  for (const r of rows) byCluster.get(r.clusterId)?.push({ ...r, inTrash: r.inTrash === 1 });
  return byCluster;
}
