"use client";

import Link from "next/link";
import type { SweepJob } from "@/lib/fine-tunes/fine-tune-view";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { figure, jobModelColumn, jobStatusColumn } from "./job-columns";

// Final losses side by side. The lowest validation loss among finished jobs is marked:
// on held-out data it is the fairest single figure to pick a model by (training loss
// rewards memorising).

const fmt = (v: number | null) => (v === null ? "—" : v.toFixed(4));
const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

const column = dataColumns<SweepJob & { best: boolean }>();
const validation = (j: SweepJob) => j.final.full_valid_loss ?? j.final.valid_loss;

const jobColumn = column.display({
  id: "job",
  header: "Job",
  cell: ({ row: { original: job } }) => (
    <>
      <Link href={`/fine-tunes/${job.id}`} className="font-medium hover:underline">
        {job.suffix ?? job.id}
      </Link>
      {job.best ? <span className="ml-2 text-xs font-medium text-emerald-700">lowest validation loss</span> : null}
    </>
  ),
});

const axisColumn = (axis: string) =>
  column.display({ id: `axis-${axis}`, header: axis, cell: ({ row }) => String(row.original.hyperparameters[axis] ?? "auto"), meta: figure });

const lossColumns = [
  column.display({ id: "train", header: "Training loss", cell: ({ row }) => fmt(row.original.final.train_loss), meta: figure }),
  column.display({ id: "valid", header: "Validation loss", cell: ({ row }) => fmt(validation(row.original)), meta: figure }),
  column.display({
    id: "accuracy",
    header: "Validation accuracy",
    cell: ({ row: { original: j } }) => pct(j.final.full_valid_mean_token_accuracy ?? j.final.valid_mean_token_accuracy),
    meta: figure,
  }),
];

const statusColumn = jobStatusColumn<SweepJob & { best: boolean }>();
const modelColumn = jobModelColumn<SweepJob & { best: boolean }>("Model");

export function SweepComparison({ jobs, axes }: { jobs: SweepJob[]; axes: string[] }) {
  const finished = jobs.filter((j) => j.status === "succeeded" && validation(j) !== null);
  const best = finished.length ? finished.reduce((a, b) => (validation(b)! < validation(a)! ? b : a)) : null;
  return (
    <DataTable
      columns={[jobColumn, ...axes.map(axisColumn), statusColumn, ...lossColumns, modelColumn]}
      data={jobs.map((j) => ({ ...j, best: j === best }))}
      getRowId={(j) => j.id}
      aria-label="Sweep comparison"
      flat
      rowClassName={(j) => (j.best ? "bg-emerald-50" : undefined)}
    />
  );
}
