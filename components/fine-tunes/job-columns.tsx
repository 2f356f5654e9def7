"use client";

import { dataColumns } from "@/components/ui/data-table";
import type { FineTuneSummary } from "@/lib/fine-tunes/fine-tune-view";
import { ModelId } from "./model-id";
import { FineTuneStatusBadge } from "./fine-tune-status";

// Columns every table of fine-tune jobs shows the same way: the job's status and the
// model it made (one click to copy).

/** Right-aligned figures: numbers read down a column. */
export const figure = { headerClassName: "text-right", cellClassName: "text-right tabular-nums" };

export function jobStatusColumn<T extends FineTuneSummary>() {
  return dataColumns<T>().display({ id: "status", header: "Status", cell: ({ row }) => <FineTuneStatusBadge status={row.original.status} /> });
}

export function jobModelColumn<T extends FineTuneSummary>(header = "Fine-tuned model") {
  return dataColumns<T>().display({ id: "model", header, cell: ({ row }) => <ModelId value={row.original.fineTunedModel} /> });
}
