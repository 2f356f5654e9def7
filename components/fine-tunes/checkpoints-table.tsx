"use client";

import { ModelId } from "./model-id";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { figure } from "./job-columns";

type Checkpoint = { providerCheckpointId: string; step: number; fineTunedModelCheckpoint: string; metrics: Record<string, number> };

const fmt = (v: number | undefined) => (typeof v === "number" ? v.toFixed(4) : "—");

const column = dataColumns<Checkpoint>();
const columns = [
  column.accessor("step", { header: "Step", meta: figure }),
  column.display({ id: "train", header: "Training loss", cell: ({ row }) => fmt(row.original.metrics.train_loss), meta: figure }),
  column.display({
    id: "valid",
    header: "Validation loss",
    cell: ({ row }) => fmt(row.original.metrics.valid_loss ?? row.original.metrics.full_valid_loss),
    meta: figure,
  }),
  column.accessor("fineTunedModelCheckpoint", { header: "Model", cell: ({ getValue }) => <ModelId value={getValue()} /> }),
];

// Checkpoints the provider kept: each is a model that can be used on its own.
export function CheckpointsTable({ checkpoints }: { checkpoints: Checkpoint[] }) {
  return (
    <section aria-labelledby="checkpoints" className="space-y-2">
      <h2 id="checkpoints" className="text-sm font-semibold text-zinc-800">
        Checkpoints
      </h2>
      <DataTable columns={columns} data={checkpoints} getRowId={(c) => c.providerCheckpointId} flat dense />
    </section>
  );
}
