import { formatCount } from "@/components/ui/format";

// "132 of 480 reviewed": how far review has got over the filter being walked.

export function ReviewProgress({ reviewed, total }: { reviewed: number; total: number }) {
  const pct = total ? Math.round((reviewed / total) * 100) : 0;
  return (
    <div className="flex min-w-56 items-center gap-2 text-sm">
      <div
        role="progressbar"
        aria-label="Review progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
        className="h-2 flex-1 overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full rounded-full bg-emerald-500 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span className="whitespace-nowrap tabular-nums text-zinc-700">
        {formatCount(reviewed)} of {formatCount(total)} reviewed
      </span>
    </div>
  );
}
