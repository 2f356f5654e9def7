import { CLUSTER_PAGE_SIZE, clusterListHref, type ClusterListQuery } from "@/lib/validation/cluster-list-query";
import { ClusterFilters } from "./cluster-filters";
import { ClusterList, type ClusterListItem } from "./cluster-list";
import { ListPager } from "./list-pager";
import { ResolveExactForm } from "./resolve-exact-form";
import { RunSummary } from "./run-summary";

// What a finished run found: the summary, "resolve all exact", the filters and one
// page of clusters.

type Tally = { clusters: number; members: number };
type Counts = Record<"exact" | "near", { unresolved: Tally; resolved: Tally }>;

type Props = {
  datasetId: string;
  runId: string;
  query: ClusterListQuery;
  counts: Counts;
  summary: { records: number; threshold: number; scopeLabel: string; finishedAt: Date | null; by: string };
  clusters: ClusterListItem[];
};

export function RunResults({ datasetId, runId, query, counts, summary, clusters }: Props) {
  const count = (state: ClusterListQuery["state"], kind?: "exact" | "near") => {
    let n = 0;
    for (const k of kind ? [kind] : (["exact", "near"] as const)) {
      if (state !== "resolved") n += counts[k].unresolved.clusters;
      if (state !== "unresolved") n += counts[k].resolved.clusters;
    }
    return n;
  };
  const total = count(query.state, query.kind);
  const href = (changes: Partial<ClusterListQuery>) => clusterListHref(datasetId, query, changes);
  const states = [
    { label: "Unresolved", value: "unresolved" },
    { label: "Resolved", value: "resolved" },
    { label: "All", value: "all" },
  ] as const;
  const kinds = [
    { label: "Exact and near", value: undefined },
    { label: "Exact", value: "exact" },
    { label: "Near", value: "near" },
  ] as const;

  return (
    <div className="space-y-3">
      <RunSummary {...summary} tally={{ exact: count("all", "exact"), near: count("all", "near"), unresolved: count("unresolved") }} />
      <ResolveExactForm datasetId={datasetId} runId={runId} clusters={counts.exact.unresolved.clusters} records={counts.exact.unresolved.members} />
      <ClusterFilters
        state={states.map((s) => ({ label: s.label, href: href({ state: s.value }), current: query.state === s.value, count: count(s.value, query.kind) }))}
        kind={kinds.map((k) => ({ label: k.label, href: href({ kind: k.value }), current: query.kind === k.value }))}
      />
      <ClusterList datasetId={datasetId} clusters={clusters} empty={emptyMessage(count("all"), query)} />
      <ListPager
        label="Cluster pages"
        offset={query.offset}
        shown={clusters.length}
        total={total}
        prevHref={query.offset > 0 ? href({ offset: Math.max(0, query.offset - CLUSTER_PAGE_SIZE) }) : null}
        nextHref={query.offset + clusters.length < total ? href({ offset: query.offset + CLUSTER_PAGE_SIZE }) : null}
      />
    </div>
  );
}

function emptyMessage(all: number, query: ClusterListQuery): string {
  if (all === 0) return "No duplicates found at this threshold.";
  if (query.offset > 0) return "No clusters on this page; go back to the first one.";
  const kind = query.kind ? `${query.kind} ` : "";
  if (query.state === "unresolved") return `Every ${kind}cluster is resolved.`;
  if (query.state === "resolved") return `No ${kind}cluster is resolved yet.`;
  return `No ${kind}clusters.`;
}
