"use client";

import Link from "next/link";
import type { FineTuneSummary } from "@/lib/fine-tunes/fine-tune-view";
import { formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDuration } from "./fine-tune-status";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { figure, jobModelColumn, jobStatusColumn } from "./job-columns";

// Jobs with the line back to their data: status, model, the snapshot they trained on,
// tokens, how long they took, and the model they made (one click to copy).

const column = dataColumns<FineTuneSummary>();

const jobColumn = column.display({
  id: "job",
  header: "Job",
  cell: ({ row: { original: job } }) => (
    <>
      <Link href={`/fine-tunes/${job.id}`} className="font-medium text-zinc-900 hover:underline">
        {job.suffix || job.providerJobId || (job.status === "refused" ? "Refused launch" : "Launching…")}
      </Link>
      <div className="text-xs text-zinc-500">
        <RelativeTime value={job.createdAt} /> · {job.createdBy.name} · {job.providerHost}
      </div>
    </>
  ),
});

const baseModelColumn = column.accessor("baseModel", {
  header: "Base model",
  cell: ({ row: { original: job } }) => (
    <>
      {job.baseModel}
      <div className="font-sans text-zinc-500">{job.method === "dpo" ? "DPO" : "Supervised"}</div>
    </>
  ),
  meta: { cellClassName: "font-mono text-xs" },
});

const dataColumn = column.display({
  id: "data",
  header: "Data",
  cell: ({ row: { original: job } }) => (
    <>
      <Link href={`/datasets/${job.dataset.id}`} className="hover:underline">
        {job.dataset.name}
      </Link>{" "}
      <Link href={`/snapshots/${job.snapshot.id}`} className="text-zinc-500 hover:underline">
        snapshot #{job.snapshot.number}
      </Link>
    </>
  ),
});

const tokensColumn = column.accessor("trainedTokens", {
  header: "Trained tokens",
  cell: ({ getValue }) => (getValue() === null ? "—" : formatCount(getValue()!)),
  meta: figure,
});

const durationColumn = column.display({
  id: "duration",
  header: "Duration",
  cell: ({ row: { original: job } }) => formatDuration(job.startedAt, job.finishedAt),
  meta: { cellClassName: "tabular-nums" },
});

const withDataset = [jobColumn, jobStatusColumn(), baseModelColumn, dataColumn, tokensColumn, durationColumn, jobModelColumn()];
const withoutDataset = withDataset.filter((c) => c !== dataColumn);

export function FineTunesTable({ jobs, showDataset = true }: { jobs: FineTuneSummary[]; showDataset?: boolean }) {
  return <DataTable columns={showDataset ? withDataset : withoutDataset} data={jobs} getRowId={(job) => job.id} flat rowClassName="align-top" />;
}
