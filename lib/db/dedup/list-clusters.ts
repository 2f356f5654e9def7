import type Database from "better-sqlite3";
import { db, sqlite } from "../client";
import type { DatasetScope } from "../scope";

// What the Duplicates page, the API and the CLI read: a dataset's latest runs and
// their clusters, largest first. Whether a cluster is resolved is read from its
// members as they are now (all but one are duplicates of a member), so an undo, a
// restore or a new decision shows at once without bookkeeping on the cluster.

export type DedupRunView = NonNullable<Awaited<ReturnType<typeof latestRun>>>;

const runSelect = {
  id: true,
  datasetId: true,
  againstDatasetId: true,
  scope: true,
  threshold: true,
  status: true,
  phase: true,
  processed: true,
  total: true,
  candidates: true,
  pairs: true,
  clusterCount: true,
  failure: true,
  startedAt: true,
  finishedAt: true,
  againstDataset: { select: { id: true, name: true } },
  createdBy: { select: { name: true, email: true } },
} as const;

/** The dataset's latest run of one kind: de-duplication (leakage false) or a leakage check. */
export async function latestRun({ datasetId }: DatasetScope, leakage = false) {
  return db().dedupRun.findFirst({
    where: { datasetId, againstDatasetId: leakage ? { not: null } : null },
    orderBy: { startedAt: "desc" },
    select: runSelect,
  });
}

export type ClusterState = "all" | "unresolved" | "resolved";
export type ClusterRow = {
  id: number;
  kind: "exact" | "near";
  similarity: number;
  size: number;
  /** Live members (some may be in the trash). */
  live: number;
  resolved: boolean;
  preview: string;
};

// A duplicate counts as resolved here when its keeper is in the same cluster: one
// primary-key probe, made only for records marked duplicate.
// A run is read only through the dataset it belongs to: another dataset's run has no clusters here.
const RUN_IN_SCOPE = `dc.runId = (SELECT id FROM DedupRun WHERE id = ? AND datasetId = ?)`;

const RESOLVED_COUNT = `sum(CASE WHEN c.status = 'duplicate'
  AND EXISTS (SELECT 1 FROM DuplicateMember m2 WHERE m2.clusterId = dc.id AND m2.conversationId = c.keeperId) THEN 1 ELSE 0 END)`;

export function listClusters(scope: DatasetScope, runId: string, o: { state?: ClusterState; kind?: "exact" | "near"; offset?: number; limit?: number } = {}) {
  const having = o.state === "resolved" ? `HAVING live - resolvedCount <= 1` : o.state === "unresolved" ? `HAVING live - resolvedCount > 1` : "";
  const rows = sqlite()
    .prepare(
      `SELECT dc.id, dc.kind, dc.similarity, dc.size, count(c.id) AS live, ${RESOLVED_COUNT} AS resolvedCount,
         (SELECT c2.preview FROM DuplicateMember m3 JOIN Conversation c2 ON c2.id = m3.conversationId WHERE m3.clusterId = dc.id ORDER BY c2.id LIMIT 1) AS preview
       FROM DuplicateCluster dc JOIN DuplicateMember m ON m.clusterId = dc.id
       LEFT JOIN Conversation c ON c.id = m.conversationId AND c.deletedAt IS NULL
       WHERE ${RUN_IN_SCOPE} ${o.kind ? "AND dc.kind = ?" : ""}
       GROUP BY dc.id ${having}
       ORDER BY dc.size DESC, dc.similarity DESC, dc.id
       LIMIT ? OFFSET ?`,
    )
    .all(...[runId, scope.datasetId, ...(o.kind ? [o.kind] : []), o.limit ?? 50, o.offset ?? 0]) as (Omit<ClusterRow, "resolved"> & {
    resolvedCount: number;
  })[];
  return rows.map(({ resolvedCount, ...r }): ClusterRow => ({ ...r, resolved: r.live - resolvedCount <= 1 }));
}

/** Each cluster of the runs `where` picks, with its live and resolved members. */
const perCluster = (where: string) => `SELECT dc.id, dc.kind, dc.size, count(c.id) AS live, ${RESOLVED_COUNT} AS resolvedCount
  FROM DuplicateCluster dc JOIN DuplicateMember m ON m.clusterId = dc.id
  LEFT JOIN Conversation c ON c.id = m.conversationId AND c.deletedAt IS NULL
  WHERE ${where} GROUP BY dc.id`;

/** Counts for the page header and "Resolve all exact duplicates". */
export function clusterCounts(scope: DatasetScope, runId: string) {
  const rows = sqlite()
    .prepare(
      `SELECT kind, live - resolvedCount <= 1 AS resolved, count(*) AS clusters, sum(size) AS members FROM (${perCluster(RUN_IN_SCOPE)})
       GROUP BY kind, resolved`,
    )
    .all(runId, scope.datasetId) as { kind: string; resolved: number; clusters: number; members: number }[];
  const pick = (kind: string, resolved: number) => rows.find((r) => r.kind === kind && r.resolved === resolved) ?? { clusters: 0, members: 0 };
  return {
    exact: { unresolved: pick("exact", 0), resolved: pick("exact", 1) },
    near: { unresolved: pick("near", 0), resolved: pick("near", 1) },
  };
}

/** Every cluster with its members' ids and source lines: the CLI's and API's full report. */
export function clusterReport(scope: DatasetScope, runId: string) {
  const rows = sqlite()
    .prepare(
      `SELECT dc.id AS clusterId, dc.kind, dc.similarity, c.id, c.sourceLine, c.datasetId
       FROM DuplicateCluster dc JOIN DuplicateMember m ON m.clusterId = dc.id JOIN Conversation c ON c.id = m.conversationId
       WHERE ${RUN_IN_SCOPE} ORDER BY dc.size DESC, dc.similarity DESC, dc.id, c.id`,
    )
    .all(runId, scope.datasetId) as {
    clusterId: number;
    kind: "exact" | "near";
    similarity: number;
    id: number;
    sourceLine: number | null;
    datasetId: string;
  }[];
  const clusters = new Map<
    number,
    { id: number; kind: "exact" | "near"; similarity: number; members: { id: string; source_line: number | null; dataset_id: string }[] }
  >();
  for (const r of rows) {
    let c = clusters.get(r.clusterId);
    if (!c) clusters.set(r.clusterId, (c = { id: r.clusterId, kind: r.kind, similarity: r.similarity, members: [] }));
    c.members.push({ id: String(r.id), source_line: r.sourceLine, dataset_id: r.datasetId });
  }
  return [...clusters.values()];
}

/**
 * Counts a run's unresolved clusters and stores the figure on the run, inside the
 * caller's transaction. Triggers clear it again when a member changes (the
 * unresolved_cluster_count migration), so it is counted once per change, not per page.
 */
export function storeUnresolvedCount(db: Database.Database, runId: string): number {
  const n = db
    .prepare(`SELECT count(*) FROM (${perCluster("dc.runId = ?")}) WHERE live - resolvedCount > 1`)
    .pluck()
    .get(runId) as number;
  db.prepare(`UPDATE DedupRun SET unresolvedClusters = ? WHERE id = ?`).run(n, runId);
  return n;
}

/** For the Duplicates link on every dataset page: unresolved clusters of the latest finished run, or null without one. */
export function unresolvedClusterCount({ datasetId }: DatasetScope): number | null {
  const db = sqlite();
  const run = db
    .prepare(`SELECT id, status, unresolvedClusters FROM DedupRun WHERE datasetId = ? AND againstDatasetId IS NULL ORDER BY startedAt DESC LIMIT 1`)
    .get(datasetId) as { id: string; status: string; unresolvedClusters: number | null } | undefined;
  if (run?.status !== "done") return null;
  if (run.unresolvedClusters !== null) return run.unresolvedClusters;
  // Under the write lock, so no change lands between the count and storing it.
  return db.transaction(() => storeUnresolvedCount(db, run.id)).immediate();
}
