import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";

// The same comparison per label: where the fine-tune helped and where it did not.
export function LabelBreakdown({ summary }: { summary: EvalSummary }) {
  if (!summary.byLabel.length) return <p className="text-sm text-zinc-500">No examples yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm" aria-label="By label">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-3 py-2">Label</th>
            <th className="px-3 py-2 text-right">Examples</th>
            <th className="px-3 py-2">B wins (overall)</th>
            <th className="px-3 py-2">Token F1 · A</th>
            <th className="px-3 py-2">Token F1 · B</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {summary.byLabel.map((l) => (
            <tr key={l.label}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {l.label}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{l.examples}</td>
              <td className="px-3 py-2">{l.overall.judged ? <IntervalCell value={l.overall.bRate} /> : <span className="text-zinc-400">n/a</span>}</td>
              <td className="px-3 py-2">
                <IntervalCell value={l.f1.a} percent={false} scale={1} />
              </td>
              <td className="px-3 py-2">
                <IntervalCell value={l.f1.b} percent={false} scale={1} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
