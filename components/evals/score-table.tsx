import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader, TableRowHead } from "@/components/ui/table";

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
    <TableFrame flat>
      <Table aria-label="Automatic scores">
        <TableHeader>
            <TableHead>Score</TableHead>
            <TableHead>
              A · <span className="font-mono">{modelA}</span> ({a.answered} answered)
            </TableHead>
            <TableHead>
              B · <span className="font-mono">{modelB}</span> ({b.answered} answered)
            </TableHead>
          </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <tr key={r.label}>
              <TableRowHead>
                {r.label}
                <div className="text-xs text-zinc-500">{r.help}</div>
              </TableRowHead>
              <TableCell>
                <IntervalCell value={r.a} percent={r.percent ?? true} scale={r.scale} digits={r.digits} />
              </TableCell>
              <TableCell>
                <IntervalCell value={r.b} percent={r.percent ?? true} scale={r.scale} digits={r.digits} />
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
