"use client";

import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { labelColumn, RateCell } from "./eval-columns";

type Row = EvalSummary["byLabel"][number];

const column = dataColumns<Row>();
const columns = [
  labelColumn<Row>("Label"),
  column.accessor("examples", { header: "Examples", meta: { headerClassName: "text-right", cellClassName: "text-right tabular-nums" } }),
  column.display({
    id: "overall",
    header: "B wins (overall)",
    cell: ({ row: { original: l } }) => <RateCell judged={l.overall.judged} value={l.overall.bRate} />,
  }),
  column.display({ id: "f1a", header: "Token F1 · A", cell: ({ row }) => <IntervalCell value={row.original.f1.a} percent={false} scale={1} /> }),
  column.display({ id: "f1b", header: "Token F1 · B", cell: ({ row }) => <IntervalCell value={row.original.f1.b} percent={false} scale={1} /> }),
];

// The same comparison per label: where the fine-tune helped and where it did not.
export function LabelBreakdown({ summary }: { summary: EvalSummary }) {
  if (!summary.byLabel.length) return <p className="text-sm text-zinc-500">No examples yet.</p>;
  return <DataTable columns={columns} data={summary.byLabel} getRowId={(l) => l.label} aria-label="By label" flat />;
}
