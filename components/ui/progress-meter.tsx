// A thin bar with its figures beside it, for "how far along": review, blind judging.

export function ProgressMeter({
  label,
  value,
  max,
  text,
  barClassName = "flex-1",
}: {
  label: string;
  value: number;
  max: number;
  text: string;
  barClassName?: string;
}) {
  const pct = max ? Math.round((value / max) * 100) : 0;
  return (
    <div className="flex min-w-56 items-center gap-2 text-sm">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        className={`h-2 shrink-0 overflow-hidden rounded-full bg-zinc-200 ${barClassName}`}
      >
        <div className="h-full rounded-full bg-emerald-500 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span className="tabular-nums text-zinc-700">{text}</span>
    </div>
  );
}
