"use client";

import type { EvalSummary } from "@/lib/evals/summarize";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { labelColumn, RateCell } from "./eval-columns";

// Who won, by each kind of judgement: annotators (blind), the LLM judge (both orders),
// and overall (annotators where they voted, else the judge, else the scores). Win rate
// counts a tie as half a win; each comes with its interval.

type Rates = EvalSummary["overall"];
type Row = { label: string; rates: Rates | null; detail: string | null };

const column = dataColumns<Row>();
const columns = [
  labelColumn<Row>("Judged by"),
  column.display({ id: "a", header: "A wins", cell: ({ row: { original: r } }) => <RateCell judged={r.rates?.judged} value={r.rates?.aRate ?? null} /> }),
  column.display({ id: "b", header: "B wins", cell: ({ row: { original: r } }) => <RateCell judged={r.rates?.judged} value={r.rates?.bRate ?? null} /> }),
  column.display({
    id: "ties",
    header: "Ties · both bad",
    cell: ({ row: { original: r } }) => (r.rates?.judged ? `${r.rates.ties} · ${r.rates.bothBad} (of ${r.rates.judged})` : "—"),
    meta: { cellClassName: "tabular-nums" },
  }),
];

export function WinRates({ summary }: { summary: EvalSummary }) {
  const rows: Row[] = [
    {
      label: "Annotators (blind)",
      rates: summary.human,
      detail: summary.human
        ? `${summary.human.votes} votes on ${summary.human.judged} pairs${summary.human.pairs ? `, ${summary.human.pairs} judged by two annotators or more` : ""}`
        : "No votes yet",
    },
    {
      label: "LLM judge (both orders)",
      rates: summary.judge,
      detail: summary.judge ? "A tie when the two orders disagree" : "No judge in this run",
    },
    { label: "Overall", rates: summary.overall, detail: "Annotators first, then the judge, then the automatic scores" },
  ];
  return <DataTable columns={columns} data={rows} getRowId={(r) => r.label} aria-label="Win rates" flat />;
}
