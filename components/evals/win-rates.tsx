import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";

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
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm" aria-label="Win rates">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-3 py-2">Judged by</th>
            <th className="px-3 py-2">A wins</th>
            <th className="px-3 py-2">B wins</th>
            <th className="px-3 py-2">Ties · both bad</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {r.label}
                {r.detail ? <div className="text-xs text-zinc-500">{r.detail}</div> : null}
              </th>
              <td className="px-3 py-2">{r.rates?.judged ? <IntervalCell value={r.rates.aRate} /> : <span className="text-zinc-400">n/a</span>}</td>
              <td className="px-3 py-2">{r.rates?.judged ? <IntervalCell value={r.rates.bRate} /> : <span className="text-zinc-400">n/a</span>}</td>
              <td className="px-3 py-2 tabular-nums">{r.rates?.judged ? `${r.rates.ties} · ${r.rates.bothBad} (of ${r.rates.judged})` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
