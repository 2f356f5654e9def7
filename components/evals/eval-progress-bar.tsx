import type { EvalProgress } from "@/lib/evals/eval-view";

// How far a run is: answered, failed and waiting calls as one bar, with its numbers.
export function EvalProgressBar({ progress, compact = false }: { progress: EvalProgress; compact?: boolean }) {
  const { totalCalls: total, doneCalls: done, failedCalls: failed } = progress;
  const pct = (n: number) => (total ? (100 * n) / total : 0);
  const label = `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} calls answered${failed ? `, ${failed.toLocaleString("en-US")} failed` : ""}`;
  return (
    <div className={compact ? "w-40" : "w-full"}>
      <div
        role="progressbar"
        aria-label="Calls answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done + failed}
        aria-valuetext={label}
        className="flex h-2 overflow-hidden rounded bg-zinc-100"
      >
        <div className="bg-emerald-500" style={{ width: `${pct(done)}%` }} />
        <div className="bg-red-400" style={{ width: `${pct(failed)}%` }} />
      </div>
      <p className="mt-1 text-xs text-zinc-500 tabular-nums">{label}</p>
    </div>
  );
}
