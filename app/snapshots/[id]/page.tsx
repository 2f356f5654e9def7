import type { Metadata } from "next";
import Link from "next/link";
import { previousSnapshot } from "@/lib/db/snapshots/get-snapshot";
import { can } from "@/lib/auth/permissions";
import { buttonClasses } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { SnapshotFiles } from "@/components/snapshots/snapshot-files";
import { SnapshotSection } from "@/components/snapshots/snapshot-section";
import { ContentsCard, PreflightCard, SplitCard, SystemPromptCard } from "@/components/snapshots/manifest-sections";
import { snapshotForPage } from "@/app/_lib/snapshot-page-access";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { launchViewFor } from "@/lib/db/fine-tunes/launch-preview";
import { listFineTunes } from "@/lib/db/fine-tunes/read-fine-tunes";
import { FineTunesTable } from "@/components/fine-tunes/fine-tunes-table";
import { LaunchSection } from "@/components/fine-tunes/launch-section";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Notice } from "@/components/ui/notice";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The manifest's parts, each read aloud by its own card, in the page's order.
const MANIFEST_SECTIONS = [
  ["contents", "What went in", ContentsCard],
  ["split", "Split", SplitCard],
  ["system-prompt", "System prompt", SystemPromptCard],
  ["preflight", "Pre-flight check", PreflightCard],
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { snapshot } = await snapshotForPage((await params).id);
  return { title: `Snapshot #${snapshot.number} · ${snapshot.datasetName}` };
}

// One snapshot: its files to download (and their hashes), then its manifest read
// aloud, part by part. Each part is a SnapshotSection in one column, so whatever else
// concerns a snapshot (the fine-tunes launched from it) is one more section below.
export default async function SnapshotPage({ params, searchParams }: Props) {
  const { actor, scope, snapshot: s } = await snapshotForPage((await params).id);
  const query = await searchParams;
  const previous = await previousSnapshot(scope, s.number);
  const datasetHref = `/datasets/${s.datasetId}`;
  const canLaunch = can(actor.role, "finetune.launch");
  const jobs = await listFineTunes(actor, { snapshotId: s.id });
  const launch =
    canLaunch && one(query.launch) === "1"
      ? await launchViewFor(scope, s, (await getDataset(scope)).targetModel, {
          provider: one(query.provider),
          model: one(query.model),
          method: one(query.method),
        })
      : null;

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Breadcrumb
            trail={[
              { href: "/", label: "Datasets" },
              { href: datasetHref, label: s.datasetName },
              { href: `${datasetHref}/snapshots`, label: "Snapshots" },
            ]}
          />
          <h1 className="text-xl font-semibold tracking-tight">Snapshot #{s.number}</h1>
          <p className="mt-1 text-sm text-zinc-600">
            {formatCount(s.records)} {s.kind} record{s.records === 1 ? "" : "s"}
            {s.validationFraction === null ? "" : ` (${formatCount(s.trainRecords)} training, ${formatCount(s.validationRecords)} validation)`} · made{" "}
            <RelativeTime value={s.createdAt} /> by {s.createdBy.name || s.createdBy.email}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {canLaunch ? (
            <Link href={`/snapshots/${s.id}?launch=1`} scroll={false} className={buttonClasses("primary")}>
              Launch fine-tune…
            </Link>
          ) : null}
          {s.validationRecords > 0 && can(actor.role, "evals.run") ? (
            <Link href={`/evals/new?snapshot=${s.id}`} className={buttonClasses("secondary")}>
              Evaluate…
            </Link>
          ) : null}
          {previous ? (
            <Link href={`/snapshots/compare?a=${previous.id}&b=${s.id}`} className={buttonClasses("secondary")}>
              Compare with #{previous.number}
            </Link>
          ) : null}
          <Link href={datasetHref} className={buttonClasses("ghost")}>
            Back to {s.datasetName}
          </Link>
        </div>
      </header>

      {launch ? <LaunchSection launch={launch} closeHref={`/snapshots/${s.id}`} /> : null}
      {one(query.reused) === "1" ? (
        <Notice tone="info" title={`Snapshot #${s.number} reused`}>
          It already holds exactly the records and options asked for, so no copy was made.
        </Notice>
      ) : null}
      <SnapshotSection id="fine-tunes" title="Fine-tunes from this snapshot">
        {jobs.length ? (
          <FineTunesTable jobs={jobs} showDataset={false} />
        ) : (
          <p className="text-sm text-zinc-600">
            None yet.{canLaunch ? " Launch one to train a model on exactly these files; the job keeps the line back to this snapshot." : ""}
          </p>
        )}
      </SnapshotSection>
      <SnapshotSection id="files" title="Files">
        <SnapshotFiles snapshot={s} canDownload={can(actor.role, "datasets.export")} />
      </SnapshotSection>
      {MANIFEST_SECTIONS.map(([id, title, Card]) => (
        <SnapshotSection key={id} id={id} title={title}>
          <Card m={s.manifest} />
        </SnapshotSection>
      ))}
      <SnapshotSection id="manifest" title="Manifest">
        <details>
          <summary className="cursor-pointer text-sm text-zinc-600">manifest.json as written beside the files</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-zinc-50 p-3 text-xs">{s.manifestText}</pre>
        </details>
      </SnapshotSection>
    </div>
  );
}
