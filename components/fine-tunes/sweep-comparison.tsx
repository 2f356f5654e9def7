import Link from "next/link";
import type { SweepJob } from "@/lib/fine-tunes/fine-tune-view";
import { ModelId } from "./model-id";
import { FineTuneStatusBadge } from "./fine-tune-status";

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
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm" aria-label="Sweep comparison">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-3 py-2">Job</th>
            {axes.map((axis) => (
              <th key={axis} className="px-3 py-2 text-right">
                {axis}
              </th>
            ))}
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2 text-right">Training loss</th>
            <th className="px-3 py-2 text-right">Validation loss</th>
            <th className="px-3 py-2 text-right">Validation accuracy</th>
            <th className="px-3 py-2">Model</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {jobs.map((job) => (
            <tr key={job.id} className={job === best ? "bg-emerald-50" : undefined}>
              <td className="px-3 py-2">
                <Link href={`/fine-tunes/${job.id}`} className="font-medium hover:underline">
                  {job.suffix ?? job.id}
                </Link>
                {job === best ? <span className="ml-2 text-xs font-medium text-emerald-700">lowest validation loss</span> : null}
              </td>
              {axes.map((axis) => (
                <td key={axis} className="px-3 py-2 text-right tabular-nums">
                  {String(job.hyperparameters[axis] ?? "auto")}
                </td>
              ))}
              <td className="px-3 py-2">
                <FineTuneStatusBadge status={job.status} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{fmt(job.final.train_loss)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{fmt(validation(job))}</td>
              <td className="px-3 py-2 text-right tabular-nums">{pct(job.final.full_valid_mean_token_accuracy ?? job.final.valid_mean_token_accuracy)}</td>
              <td className="px-3 py-2">
                <ModelId value={job.fineTunedModel} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
