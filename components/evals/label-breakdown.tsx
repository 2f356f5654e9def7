import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader, TableRowHead } from "@/components/ui/table";

// The same comparison per label: where the fine-tune helped and where it did not.
export function LabelBreakdown({ summary }: { summary: EvalSummary }) {
  if (!summary.byLabel.length) return <p className="text-sm text-zinc-500">No examples yet.</p>;
  return (
    <TableFrame flat>
      <Table aria-label="By label">
        <TableHeader>
            <TableHead>Label</TableHead>
            <TableHead className="text-right">Examples</TableHead>
            <TableHead>B wins (overall)</TableHead>
            <TableHead>Token F1 · A</TableHead>
            <TableHead>Token F1 · B</TableHead>
          </TableHeader>
        <TableBody>
          {summary.byLabel.map((l) => (
            <tr key={l.label}>
              <TableRowHead>
                {l.label}
              </TableRowHead>
              <TableCell className="text-right tabular-nums">{l.examples}</TableCell>
              <TableCell>{l.overall.judged ? <IntervalCell value={l.overall.bRate} /> : <span className="text-zinc-400">n/a</span>}</TableCell>
              <TableCell>
                <IntervalCell value={l.f1.a} percent={false} scale={1} />
              </TableCell>
              <TableCell>
                <IntervalCell value={l.f1.b} percent={false} scale={1} />
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
