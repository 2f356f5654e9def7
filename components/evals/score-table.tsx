"use client";

import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { labelColumn } from "./eval-columns";

type Score = EvalSummary["scores"]["a"]["f1"];
type Row = { label: string; detail: string; a: Score; b: Score; percent?: boolean; scale?: number; digits?: number };

// The automatic scores of both models against the reference, each with its interval.
export function ScoreTable({ summary, modelA, modelB }: { summary: EvalSummary; modelA: string; modelB: string }) {
  const { a, b } = summary.scores;
  const wordsScale = Math.max(a.words?.high ?? 0, b.words?.high ?? 0, summary.referenceWords?.high ?? 0);
  const rows: Row[] = [
    { label: "Exact match", detail: "Same words as the reference once case, spacing and punctuation are ignored", a: a.exactMatch, b: b.exactMatch },
    { label: "Token F1", detail: "Overlap of words with the reference (0–1)", a: a.f1, b: b.f1, percent: false },
  ];
  if (a.toolName || b.toolName) {
    rows.push(
      { label: "Tool call: same function", detail: "Over examples whose reference calls a tool", a: a.toolName, b: b.toolName },
      { label: "Tool call: equal arguments", detail: "Same function with arguments equal as JSON", a: a.toolArguments, b: b.toolArguments },
    );
  }
  rows.push(
    {
      label: "Answer length (words)",
      detail: `The reference averages ${summary.referenceWords ? summary.referenceWords.value.toFixed(1) : "n/a"} words`,
      a: a.words,
      b: b.words,
      percent: false,
      scale: wordsScale,
      digits: 1,
    },
    { label: "Refusals", detail: "Answers that decline (the provider's refusal field, or refusal wording)", a: a.refusals, b: b.refusals },
  );
  const column = dataColumns<Row>();
  const side = (key: "a" | "b", model: string, answered: number) =>
    column.display({
      id: key,
      header: () => (
        <>
          {key.toUpperCase()} · <span className="font-mono">{model}</span> ({answered} answered)
        </>
      ),
      cell: ({ row: { original: r } }) => <IntervalCell value={r[key]} percent={r.percent ?? true} scale={r.scale} digits={r.digits} />,
    });
  const columns = [labelColumn<Row>("Score"), side("a", modelA, a.answered), side("b", modelB, b.answered)];
  return <DataTable columns={columns} data={rows} getRowId={(r) => r.label} aria-label="Automatic scores" flat />;
}
