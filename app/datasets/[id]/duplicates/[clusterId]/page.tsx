import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCluster } from "@/lib/db/dedup/get-cluster";
import { listLabels } from "@/lib/db/labels/list-labels";
import { KEEPER_REASON_LABELS } from "@/lib/dedup/keeper";
import { describeAnomalies } from "@/lib/dedup/text-anomalies";
import { formatSimilarity, similarityNote } from "@/lib/dedup/format-similarity";
import { SCOPE_LABELS, type DedupScope } from "@/lib/dedup/scope";
import { compareTurns } from "@/lib/editing/compare-turns";
import { formatCount, plural } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { KindBadge } from "@/components/dedup/cluster-list";
import { MemberColumn } from "@/components/dedup/member-column";
import { ResolveClusterForm } from "@/components/dedup/resolve-cluster-form";
import { orNotFound } from "../../../../_lib/or-not-found";
import { datasetForPage } from "@/app/_lib/page-access";

type Props = { params: Promise<{ id: string; clusterId: string }> };

const FORM_ID = "resolve-cluster";

async function load(params: Props["params"]) {
  const { id, clusterId } = await params;
  const dataset = await datasetForPage(id);
  const n = Number(clusterId);
  if (!/^\d+$/.test(clusterId) || !Number.isSafeInteger(n)) notFound();
  return { dataset, cluster: await orNotFound((async () => getCluster(dataset.scope, n))()) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dataset, cluster } = await load(params);
  return { title: `Cluster #${cluster.id} · ${dataset.name}` };
}

// One cluster's members side by side, the keeper first, each marked where it differs
// from the keeper; pick the record to keep and resolve.
export default async function ClusterPage({ params }: Props) {
  const { dataset, cluster } = await load(params);
  const colors = new Map((await listLabels(dataset.scope)).map((l) => [l.name, l.color]));
  const leakage = cluster.againstDatasetId !== null;
  const keeper = cluster.members[0];
  // Members purged from the trash leave the cluster; one with none left is gone.
  if (!keeper) notFound();
  const live = cluster.members.filter((m) => !m.inTrash && m.datasetId === dataset.id);
  const suggestion = cluster.suggestion;
  const note = similarityNote(cluster.similarity, cluster.kind);
  const checkedId = cluster.resolvedKeeperId ?? cluster.suggestedKeeperId;
  const wide = cluster.members.length > 3;
  // In a leakage cluster what matters is the other dataset's copy: it comes right after the keeper.
  const foreign = cluster.members.filter((m) => m.datasetId !== dataset.id);
  const members = leakage ? [keeper, ...foreign, ...cluster.members.filter((m) => m !== keeper && m.datasetId === dataset.id)] : cluster.members;

  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-semibold tracking-tight">Cluster #{cluster.id}</h1>
          <KindBadge kind={cluster.kind} />
          <span className="text-sm tabular-nums text-zinc-600">
            similarity {formatSimilarity(cluster.similarity, cluster.kind)}
            {note ? `: ${note}` : ""}
          </span>
          <span className="text-sm text-zinc-600">· {plural(cluster.members.length, "record")}</span>
        </div>
        <p className="text-sm text-zinc-600">
          Compared on {(SCOPE_LABELS[cluster.scope as DedupScope] ?? cluster.scope).toLowerCase()} at threshold {cluster.threshold.toFixed(2)}.{" "}
          {keeper ? (
            <>
              Words not in #{keeper.id} are <mark className="rounded-sm bg-amber-200/80">highlighted</mark>.
            </>
          ) : null}{" "}
          <Link href={`/datasets/${dataset.id}/duplicates`} className="underline decoration-zinc-300 hover:text-zinc-900">
            All clusters
          </Link>
        </p>
      </header>

      {leakage ? (
        <Notice tone="info" title="A leakage cluster">
          These records repeat across this dataset and {foreign[0]?.datasetName ?? "another one"}. Leakage is not resolved here: open a record to edit it or
          move it to the trash.
        </Notice>
      ) : null}
      {cluster.resolvedKeeperId ? (
        <Notice tone="success" title={`Resolved: #${cluster.resolvedKeeperId} was kept.`}>
          {live.length === 2
            ? "The other record is marked as its duplicate."
            : `The other ${formatCount(live.length - 1)} records are marked as its duplicates.`}{" "}
          To keep another one instead, pick it and resolve again; to go back, undo the change from{" "}
          <Link href={`/datasets/${dataset.id}#bulk-heading`} className="underline">
            Recent bulk changes on the dataset page
          </Link>
          .
        </Notice>
      ) : null}
      {!cluster.consistent ? (
        <Notice tone="warning" title="Some members were resolved elsewhere">
          A member is marked as the duplicate of a record outside this cluster, from a later decision or an earlier run.
        </Notice>
      ) : null}
      {!leakage && live.length > 1 ? (
        <ResolveClusterForm formId={FORM_ID} datasetId={dataset.id} clusterId={cluster.id} resolved={cluster.resolvedKeeperId !== null} />
      ) : null}
      {!leakage && live.length <= 1 ? (
        <Notice tone="info">{live.length ? "Only one member is left outside the trash" : "Every member is in the trash"}: there is nothing to resolve.</Notice>
      ) : null}

      <div role="region" aria-label="Members" tabIndex={0} className={`flex gap-3 pb-2 ${wide ? "overflow-x-auto" : "overflow-x-auto lg:overflow-visible"}`}>
        {members.map((m) => (
          <MemberColumn
            key={m.id}
            keeperId={keeper.id}
            formId={leakage || live.length <= 1 ? null : FORM_ID}
            checked={m.id === checkedId}
            suggestion={suggestion?.id === m.id ? KEEPER_REASON_LABELS[suggestion.reason] : null}
            kept={m.id === cluster.resolvedKeeperId}
            wide={wide}
            member={{
              id: m.id,
              status: m.status,
              labels: m.labels.map((name) => ({ name, color: colors.get(name) ?? "" })),
              source: m.sourceLine !== null ? `${m.sourceFile ?? "import"}, line ${formatCount(m.sourceLine)}` : null,
              similarity: formatSimilarity(m.similarity),
              inTrash: m.inTrash,
              otherDataset: m.datasetId === dataset.id ? null : m.datasetName,
              comparison: compareTurns(m.id === keeper.id ? null : keeper.body, m.body),
              findings: m.profile.findings,
              anomalies: describeAnomalies(m.profile.anomalies),
            }}
          />
        ))}
      </div>
    </div>
  );
}
