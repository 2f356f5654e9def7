import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";

// The automatic scores of both models against the reference, each with its interval.
export function ScoreTable({ summary, modelA, modelB }: { summary: EvalSummary; modelA: string; modelB: string }) {
  const { a, b } = summary.scores;
  const wordsScale = Math.max(a.words?.high ?? 0, b.words?.high ?? 0, summary.referenceWords?.high ?? 0);
  const rows: { label: string; help: string; a: typeof a.f1; b: typeof a.f1; percent?: boolean; scale?: number; digits?: number }[] = [
    { label: "Exact match", help: "Same words as the reference once case, spacing and punctuation are ignored", a: a.exactMatch, b: b.exactMatch },
    { label: "Token F1", help: "Overlap of words with the reference (0–1)", a: a.f1, b: b.f1, percent: false },
  ];
  if (a.toolName || b.toolName) {
    rows.push(
      { label: "Tool call: same function", help: "Over examples whose reference calls a tool", a: a.toolName, b: b.toolName },
      { label: "Tool call: equal arguments", help: "Same function with arguments equal as JSON", a: a.toolArguments, b: b.toolArguments },
    );
  }
  rows.push(
    { label: "Answer length (words)", help: `The reference averages ${summary.referenceWords ? summary.referenceWords.value.toFixed(1) : "n/a"} words`, a: a.words, b: b.words, percent: false, scale: wordsScale, digits: 1 },
    { label: "Refusals", help: "Answers that decline (the provider's refusal field, or refusal wording)", a: a.refusals, b: b.refusals },
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm" aria-label="Automatic scores">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-3 py-2">Score</th>
            <th className="px-3 py-2">
              A · <span className="font-mono">{modelA}</span> ({a.answered} answered)
            </th>
            <th className="px-3 py-2">
              B · <span className="font-mono">{modelB}</span> ({b.answered} answered)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {r.label}
                <div className="text-xs text-zinc-500">{r.help}</div>
              </th>
              <td className="px-3 py-2">
                <IntervalCell value={r.a} percent={r.percent ?? true} scale={r.scale} digits={r.digits} />
              </td>
              <td className="px-3 py-2">
                <IntervalCell value={r.b} percent={r.percent ?? true} scale={r.scale} digits={r.digits} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
