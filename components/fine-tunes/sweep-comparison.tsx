import Link from "next/link";
import type { SweepJob } from "@/lib/fine-tunes/fine-tune-view";
import { ModelId } from "./model-id";
import { FineTuneStatusBadge } from "./fine-tune-status";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader } from "@/components/ui/table";

// Final losses side by side. The lowest validation loss among finished jobs is marked:
// on held-out data it is the fairest single figure to pick a model by (training loss
// rewards memorising).

const fmt = (v: number | null) => (v === null ? "—" : v.toFixed(4));
const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

export function SweepComparison({ jobs, axes }: { jobs: SweepJob[]; axes: string[] }) {
  const validation = (j: SweepJob) => j.final.full_valid_loss ?? j.final.valid_loss;
  const finished = jobs.filter((j) => j.status === "succeeded" && validation(j) !== null);
  const best = finished.length ? finished.reduce((a, b) => (validation(b)! < validation(a)! ? b : a)) : null;
  return (
    <TableFrame flat>
      <Table aria-label="Sweep comparison">
        <TableHeader>
            <TableHead>Job</TableHead>
            {axes.map((axis) => (
              <TableHead key={axis} className="text-right">
                {axis}
              </TableHead>
            ))}
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Training loss</TableHead>
            <TableHead className="text-right">Validation loss</TableHead>
            <TableHead className="text-right">Validation accuracy</TableHead>
            <TableHead>Model</TableHead>
          </TableHeader>
        <TableBody>
          {jobs.map((job) => (
            <tr key={job.id} className={job === best ? "bg-emerald-50" : undefined}>
              <TableCell>
                <Link href={`/fine-tunes/${job.id}`} className="font-medium hover:underline">
                  {job.suffix ?? job.id}
                </Link>
                {job === best ? <span className="ml-2 text-xs font-medium text-emerald-700">lowest validation loss</span> : null}
              </TableCell>
              {axes.map((axis) => (
                <TableCell key={axis} className="text-right tabular-nums">
                  {String(job.hyperparameters[axis] ?? "auto")}
                </TableCell>
              ))}
              <TableCell>
                <FineTuneStatusBadge status={job.status} />
              </TableCell>
              <TableCell className="text-right tabular-nums">{fmt(job.final.train_loss)}</TableCell>
              <TableCell className="text-right tabular-nums">{fmt(validation(job))}</TableCell>
              <TableCell className="text-right tabular-nums">{pct(job.final.full_valid_mean_token_accuracy ?? job.final.valid_mean_token_accuracy)}</TableCell>
              <TableCell>
                <ModelId value={job.fineTunedModel} />
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
