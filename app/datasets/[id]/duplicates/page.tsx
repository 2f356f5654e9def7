import { listOtherDatasets } from "@/lib/db/datasets/list-other-datasets";
import { clusterCounts, latestRun, listClusters, type DedupRunView } from "@/lib/db/dedup/list-clusters";
import { clusterMembers } from "@/lib/db/dedup/cluster-members";
import { DEDUP_SCOPES, SCOPE_LABELS, type DedupScope } from "@/lib/dedup/scope";
import { formatSimilarity, similarityNote } from "@/lib/dedup/format-similarity";
import { DEFAULT_THRESHOLD } from "@/lib/validation/dedup";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { CLUSTER_PAGE_SIZE, ClusterListQuerySchema, clusterListHref, type ClusterListQuery } from "@/lib/validation/cluster-list-query";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/table";
import { Notice } from "@/components/ui/notice";
import { formatCount } from "@/components/ui/format";
import { DedupRunForm } from "@/components/dedup/dedup-run-form";
import { RunProgress } from "@/components/dedup/run-progress";
import { LeakageClusters } from "@/components/dedup/leakage-clusters";
import { ListPager } from "@/components/dedup/list-pager";
import { RunResults } from "@/components/dedup/run-results";
import { datasetForPage, pageActor } from "@/app/_lib/page-access";
import { can } from "@/lib/auth/permissions";
import { Section } from "@/components/ui/panel";
import { datasetPageTitle, type DatasetPageQueryProps } from "@/app/_lib/dataset-page";
import type { DatasetScope } from "@/lib/db/scope";

export const generateMetadata = datasetPageTitle("Duplicates");

// De-duplication of one dataset: start a run, watch it, then work through its clusters;
// and the latest leakage check against another dataset, listed apart.
export default async function DuplicatesPage({ params, searchParams }: DatasetPageQueryProps) {
  const { id } = await params;
  const [actor, dataset] = await Promise.all([pageActor("datasets.read", id), datasetForPage(id)]);
  const query = ClusterListQuerySchema.parse(paramsToObject(await searchParams));
  const [run, leakage, datasets] = await Promise.all([latestRun(dataset.scope), latestRun(dataset.scope, true), listOtherDatasets(dataset.id, actor)]);
  const running = run?.status === "running" || leakage?.status === "running";
  const last = run ?? leakage;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Duplicates"
        description="Records that repeat, exactly or nearly, teach a model their answer twice and skew it. Resolving a cluster keeps one record and marks the others as duplicates of it; they stay in the dataset, out of the export, and every resolution can be undone from the dataset page."
      />
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <div className="min-w-0 space-y-5">
          <section aria-labelledby="clusters-heading" className="space-y-3">
            <h2 id="clusters-heading" className="text-sm font-semibold">
              Clusters
            </h2>
            {run ? (
              <RunState scope={dataset.scope} run={run} query={query} />
            ) : (
              <EmptyState>This dataset has not been checked for duplicates yet. Run de-duplication to find them.</EmptyState>
            )}
          </section>
          {leakage ? <LeakageSection scope={dataset.scope} run={leakage} query={query} /> : null}
        </div>
        {can(actor.role, "datasets.dedup") ? (
          <aside>
            <Section id="run" title="Run de-duplication">
              <DedupRunForm
                datasetId={dataset.id}
                scopes={DEDUP_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))}
                datasets={datasets}
                defaults={{ threshold: last?.threshold ?? DEFAULT_THRESHOLD, scope: last?.scope ?? "conversation" }}
                running={running}
              />
            </Section>
          </aside>
        ) : null}
      </div>
    </div>
  );
}

const scopeLabel = (scope: string) => SCOPE_LABELS[scope as DedupScope] ?? scope;

function RunState({ scope, run, query }: { scope: DatasetScope; run: DedupRunView; query: ClusterListQuery }) {
  if (run.status === "running") return <RunProgress label="Finding duplicates" phase={run.phase} processed={run.processed} total={run.total} />;
  if (run.status === "failed")
    return (
      <Notice tone="error" title="The last de-duplication run failed">
        {run.failure}
      </Notice>
    );
  const counts = clusterCounts(scope, run.id);
  const clusters = listClusters(scope, run.id, { state: query.state, kind: query.kind, offset: query.offset, limit: CLUSTER_PAGE_SIZE });
  return (
    <RunResults
      datasetId={scope.datasetId}
      runId={run.id}
      query={query}
      counts={counts}
      summary={{
        records: run.total,
        threshold: run.threshold,
        scopeLabel: scopeLabel(run.scope),
        finishedAt: run.finishedAt,
        by: run.createdBy.name || run.createdBy.email,
      }}
      clusters={clusters.map((c) => ({ ...c, similarity: formatSimilarity(c.similarity, c.kind), note: similarityNote(c.similarity, c.kind) }))}
    />
  );
}

function LeakageSection({ scope, run, query }: { scope: DatasetScope; run: DedupRunView; query: ClusterListQuery }) {
  const against = run.againstDataset?.name ?? "another dataset";
  const offset = query.leakage_offset;
  const clusters = run.status === "done" ? listClusters(scope, run.id, { offset, limit: CLUSTER_PAGE_SIZE }) : [];
  const members = clusterMembers(
    scope,
    clusters.map((c) => c.id),
  );
  return (
    <section aria-labelledby="leakage-heading" className="space-y-3">
      <h2 id="leakage-heading" className="text-sm font-semibold">
        Leakage against {against}
      </h2>
      {run.status === "running" ? <RunProgress label={`Comparing with ${against}`} phase={run.phase} processed={run.processed} total={run.total} /> : null}
      {run.status === "failed" ? (
        <Notice tone="error" title="The last leakage check failed">
          {run.failure}
        </Notice>
      ) : null}
      {run.status === "done" ? (
        <>
          <p className="text-sm text-zinc-700">
            Compared {formatCount(run.total)} records of both datasets at threshold {run.threshold.toFixed(2)} ({scopeLabel(run.scope).toLowerCase()}):{" "}
            {run.clusterCount === 1 ? "1 cluster spans" : `${formatCount(run.clusterCount)} clusters span`} them. Fix leaks by editing or deleting records on
            their conversation pages.
          </p>
          <LeakageClusters
            datasetId={scope.datasetId}
            clusters={clusters.map((c) => ({
              id: c.id,
              kind: c.kind,
              similarity: formatSimilarity(c.similarity, c.kind),
              members: (members.get(c.id) ?? []).map((m) => ({ ...m, own: m.datasetId === scope.datasetId })),
            }))}
          />
          <ListPager
            label="Leakage pages"
            offset={offset}
            shown={clusters.length}
            total={run.clusterCount}
            prevHref={offset > 0 ? clusterListHref(scope.datasetId, query, { leakage_offset: Math.max(0, offset - CLUSTER_PAGE_SIZE) }) : null}
            nextHref={
              offset + clusters.length < run.clusterCount ? clusterListHref(scope.datasetId, query, { leakage_offset: offset + CLUSTER_PAGE_SIZE }) : null
            }
          />
        </>
      ) : null}
    </section>
  );
}
