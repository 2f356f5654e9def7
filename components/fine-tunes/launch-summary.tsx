"use client";

import { estimateJob } from "@/lib/fine-tunes/estimate";
import { estimateSweepCost, expandSweep } from "@/lib/fine-tunes/sweep-grid";
import type { LaunchView } from "@/lib/fine-tunes/launch-view";
import { parseHyperparameter } from "@/lib/validation/hyperparameter-value";
import { SweepRequestSchema } from "@/lib/validation/launch-request";
import { formatUsd } from "@/components/preflight/token-budget";
import { formatCount } from "@/components/ui/format";
import { EstimateView } from "./estimate-view";
import { FileCheckSummary } from "./file-check-summary";

// Before confirming: the pre-flight check of the files, what blocks the launch, and the
// estimate (one job's, or every job of the sweep's grid with the total).

type Props = { view: LaunchView; mode: "single" | "sweep"; values: Partial<Record<string, string>>; swept: readonly string[] };

export function LaunchSummary({ view, mode, values, swept }: Props) {
  return (
    <section aria-label="Pre-flight check and estimate" className="grid gap-4 rounded-lg border border-zinc-200 bg-zinc-50 p-3 sm:grid-cols-2">
      <div className="space-y-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Pre-flight check</h3>
        {view.checkedWith ? (
          <p className="text-xs text-zinc-500">
            Checked by the rules of {view.checkedWith} (the dataset&apos;s target model): Tuneset does not know {view.model}&apos;s limits.
          </p>
        ) : null}
        <FileCheckSummary name="Training file" check={view.training} />
        {view.validation ? (
          <FileCheckSummary name="Validation file" check={view.validation} />
        ) : (
          <p className="text-xs text-zinc-500">No validation file: the snapshot was not split.</p>
        )}
        {view.blockers.length ? (
          <ul id="launch-blockers" role="alert" className="list-disc space-y-0.5 pl-4 text-xs text-red-800">
            {view.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Estimate</h3>
        {mode === "single" ? <SingleEstimate view={view} epochs={values.n_epochs} /> : <SweepEstimate view={view} values={values} swept={swept} />}
      </div>
    </section>
  );
}

function SingleEstimate({ view, epochs }: { view: LaunchView; epochs?: string }) {
  const parsed = parseHyperparameter("n_epochs", epochs ?? "");
  const estimate = estimateJob({ ...view.budget, n_epochs: parsed.ok ? parsed.value : "auto", model: view.model, provider: view.provider });
  return (
    <EstimateView
      estimate={estimate}
      tokens={view.training.tokens}
      overLimit={view.training.overLimit}
      maxTokensPerExample={view.training.maxTokensPerExample}
    />
  );
}

function SweepEstimate({ view, values, swept }: Omit<Props, "mode">) {
  const input: Record<string, unknown> = { provider: view.provider, model: view.model, method: view.method };
  for (const [name, value] of Object.entries(values)) input[swept.includes(name) ? `${name}_values` : name] = value;
  const parsed = SweepRequestSchema.safeParse(input);
  if (!parsed.success) return <p className="mt-1 text-xs text-amber-800">{parsed.error.issues[0]?.message}</p>;
  const jobs = expandSweep(parsed.data);
  const cost = estimateSweepCost(jobs, view.budget);
  return (
    <div className="mt-1 text-xs">
      <table className="w-full" aria-label="Sweep jobs">
        <thead className="text-left text-zinc-500">
          <tr>
            <th className="font-normal">Job</th>
            <th className="text-right font-normal">Epochs</th>
            <th className="text-right font-normal">LR ×</th>
            <th className="text-right font-normal">Batch</th>
            <th className="text-right font-normal">Cost</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job, i) => (
            <tr key={i}>
              <td className="font-mono">{job.suffix}</td>
              <td className="text-right tabular-nums">{cost.jobs[i].epochs}</td>
              <td className="text-right tabular-nums">{String(job.learning_rate_multiplier)}</td>
              <td className="text-right tabular-nums">{String(job.batch_size)}</td>
              <td className="text-right tabular-nums">{cost.jobs[i].costUsd === null ? "—" : formatUsd(cost.jobs[i].costUsd!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">
        {jobs.length} jobs, {formatCount(cost.totalTokens)} billed tokens, total{" "}
        <strong data-testid="sweep-total">{cost.totalCostUsd === null ? "unknown" : formatUsd(cost.totalCostUsd)}</strong>
      </p>
      <p className="mt-1 text-zinc-500">{cost.priceNote}</p>
    </div>
  );
}
