import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader, TableRowHead } from "@/components/ui/table";

// Who won, by each kind of judgement: annotators (blind), the LLM judge (both orders),
// and overall (annotators where they voted, else the judge, else the scores). Win rate
// counts a tie as half a win; each comes with its interval.

type Rates = EvalSummary["overall"];

export function WinRates({ summary }: { summary: EvalSummary }) {
  const rows: { label: string; rates: Rates | null; detail: string | null }[] = [
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
  return (
    <TableFrame flat>
      <Table aria-label="Win rates">
        <TableHeader>
            <TableHead>Judged by</TableHead>
            <TableHead>A wins</TableHead>
            <TableHead>B wins</TableHead>
            <TableHead>Ties · both bad</TableHead>
          </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <tr key={r.label}>
              <TableRowHead>
                {r.label}
                {r.detail ? <div className="text-xs text-zinc-500">{r.detail}</div> : null}
              </TableRowHead>
              <TableCell>{r.rates?.judged ? <IntervalCell value={r.rates.aRate} /> : <span className="text-zinc-400">n/a</span>}</TableCell>
              <TableCell>{r.rates?.judged ? <IntervalCell value={r.rates.bRate} /> : <span className="text-zinc-400">n/a</span>}</TableCell>
              <TableCell className="tabular-nums">{r.rates?.judged ? `${r.rates.ties} · ${r.rates.bothBad} (of ${r.rates.judged})` : "—"}</TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
