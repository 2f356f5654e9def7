import { sqlite } from "../client";
import { notFound } from "../../errors";
import { keeperProfile, suggestKeeper, type KeeperProfile } from "../../dedup/keeper";
import { bodyShingles } from "../../dedup/sign-record";
import { jaccard } from "../../dedup/shingles";
import type { DedupScope } from "../../dedup/scope";
import type { DatasetScope } from "../scope";

// One cluster with everything its page shows: each member's record, status, labels,
// similarity to the keeper and what the keeper choice weighed (findings, anomalies);
// the suggested keeper with the rule that chose it (lib/dedup/keeper.ts) and the
// keeper a resolution chose, if any.

export type ClusterMember = {
  id: number;
  datasetId: string;
  datasetName: string;
  kind: string;
  body: string;
  status: string;
  keeperId: number | null;
  labels: string[];
  sourceFile: string | null;
  sourceLine: number | null;
  updatedAt: string;
  inTrash: boolean;
  /** Exact Jaccard similarity to the keeper shown (1 for the keeper itself). */
  similarity: number;
  /** What the keeper choice weighs: approval, pre-flight findings, anomalies, length. */
  profile: KeeperProfile;
};

export type ClusterDetail = Awaited<ReturnType<typeof getCluster>>;

export function getCluster({ datasetId }: DatasetScope, clusterId: number) {
  const db = sqlite();
  const cluster = db
    .prepare(
      `SELECT dc.id, dc.kind, dc.similarity, dc.size, dc.runId, r.scope, r.threshold, r.againstDatasetId, r.datasetId
       FROM DuplicateCluster dc JOIN DedupRun r ON r.id = dc.runId WHERE dc.id = ? AND r.datasetId = ?`,
    )
    .get(clusterId, datasetId) as
    | {
        id: number;
        kind: "exact" | "near";
        similarity: number;
        size: number;
        runId: string;
        scope: DedupScope;
        threshold: number;
        againstDatasetId: string | null;
        datasetId: string;
      }
    | undefined;
  if (!cluster) throw notFound(`Duplicate cluster ${clusterId}`);
  const rows = db
    .prepare(
      `SELECT c.id, c.datasetId, d.name AS datasetName, c.kind, c.body, coalesce(json_array_length(c.findings), 0) AS findings, c.status, c.keeperId, c.sourceFile, c.sourceLine, c.updatedAt,
         c.deletedAt IS NOT NULL AS inTrash,
         (SELECT json_group_array(name) FROM (SELECT l.name FROM ConversationLabel cl JOIN Label l ON l.id = cl.labelId WHERE cl.conversationId = c.id ORDER BY l.name)) AS labels
       FROM DuplicateMember m JOIN Conversation c ON c.id = m.conversationId JOIN Dataset d ON d.id = c.datasetId
       WHERE m.clusterId = ? ORDER BY c.id`,
    )
    .all(clusterId) as (Omit<ClusterMember, "labels" | "similarity" | "inTrash" | "profile"> & { labels: string; inTrash: number; findings: number })[];
  const live = rows.filter((r) => !r.inTrash && r.datasetId === datasetId);
  const ids = new Set(rows.map((r) => r.id));
  // Resolved: every live member but one is a duplicate of that one.
  const chosen = live.find((k) => live.every((m) => m.id === k.id || (m.status === "duplicate" && m.keeperId === k.id)));
  const resolvedKeeper = chosen && live.length > 1 ? chosen.id : null;
  const suggestion = live.length ? suggestKeeper(live) : null;
  const keeper = resolvedKeeper ?? suggestion?.id ?? null;
  const keeperSet = bodyShingles(rows.find((r) => r.id === keeper)?.body ?? "", cluster.scope);
  const members: ClusterMember[] = rows.map(({ findings, ...r }) => ({
    ...r,
    profile: keeperProfile({ ...r, findings }),
    inTrash: r.inTrash === 1,
    labels: JSON.parse(r.labels) as string[],
    similarity: r.id === keeper ? 1 : jaccard(keeperSet, bodyShingles(r.body, cluster.scope)),
  }));
  // The keeper first, then the closest to it.
  members.sort((a, b) => Number(b.id === keeper) - Number(a.id === keeper) || b.similarity - a.similarity || a.id - b.id);
  return {
    ...cluster,
    members,
    suggestedKeeperId: suggestion?.id ?? null,
    suggestion,
    resolvedKeeperId: resolvedKeeper,
    /** Duplicate links pointing outside the cluster mean someone resolved it differently since. */
    consistent: members.every((m) => m.keeperId === null || ids.has(m.keeperId)),
  };
}

/** The near-duplicates of one conversation in its dataset's latest run, with their similarity to it. */
export function conversationDuplicates(scope: DatasetScope, conversationId: number) {
  const db = sqlite();
  const membership = db
    .prepare(
      `SELECT m.clusterId, r.scope, dc.kind FROM DuplicateMember m JOIN DuplicateCluster dc ON dc.id = m.clusterId JOIN DedupRun r ON r.id = m.runId
       WHERE m.conversationId = ? AND r.datasetId = ? AND r.againstDatasetId IS NULL ORDER BY r.startedAt DESC LIMIT 1`,
    )
    .get(conversationId, scope.datasetId) as { clusterId: number; scope: DedupScope; kind: "exact" | "near" } | undefined;
  if (!membership) return null;
  const rows = db
    .prepare(
      `SELECT c.id, c.body, c.status, c.preview, c.deletedAt IS NOT NULL AS inTrash FROM DuplicateMember m JOIN Conversation c ON c.id = m.conversationId
       WHERE m.clusterId = ? ORDER BY c.id LIMIT 200`,
    )
    .all(membership.clusterId) as { id: number; body: string; status: string; preview: string; inTrash: number }[];
  const self = rows.find((r) => r.id === conversationId);
  const mine = bodyShingles(self?.body ?? "", membership.scope);
  const others = rows
    .filter((r) => r.id !== conversationId)
    .map((r) => ({
      id: r.id,
      status: r.status,
      preview: r.preview,
      inTrash: r.inTrash === 1,
      similarity: jaccard(mine, bodyShingles(r.body, membership.scope)),
    }))
    .sort((a, b) => b.similarity - a.similarity || a.id - b.id);
  return { clusterId: membership.clusterId, kind: membership.kind, scope: membership.scope, others };
}
