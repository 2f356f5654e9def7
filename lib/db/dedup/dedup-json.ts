import type { DedupRunView } from "./list-clusters";
import type { DatasetScope } from "../scope";
import { clusterReport } from "./list-clusters";

// The public JSON of runs and their clusters, one shape for the HTTP API and the CLI.

export function dedupRunJson(run: DedupRunView) {
  return {
    id: run.id,
    status: run.status,
    phase: run.phase,
    processed: run.processed,
    total: run.total,
    threshold: run.threshold,
    scope: run.scope,
    against: run.againstDataset ? { id: run.againstDataset.id, name: run.againstDataset.name } : null,
    clusters_found: run.clusterCount,
    candidate_pairs: run.candidates,
    similar_pairs: run.pairs,
    failure: run.failure,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt?.toISOString() ?? null,
    created_by: run.createdBy,
  };
}

/** `{threshold, scope, clusters: [{kind, similarity, members: [{id, source_line}]}]}`: every cluster, resolved or not. */
export function dedupReportJson(scope: DatasetScope, run: DedupRunView) {
  const leakage = run.againstDataset !== null;
  return {
    threshold: run.threshold,
    scope: run.scope,
    ...(leakage ? { against: { id: run.againstDataset!.id, name: run.againstDataset!.name } } : {}),
    clusters: clusterReport(scope, run.id).map((c) => ({
      id: c.id,
      kind: c.kind,
      similarity: Number(c.similarity.toFixed(4)),
      members: c.members.map((m) => (leakage ? m : { id: m.id, source_line: m.source_line })),
    })),
  };
}
