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
  return (
    <div className="flex min-w-56 items-center gap-2 text-sm">
      <ProgressBar
        label={label}
        value={value}
        max={max}
        className={`h-2 shrink-0 overflow-hidden rounded-full bg-zinc-200 ${barClassName}`}
        fillClassName="bg-emerald-500"
      />
      <span className="tabular-nums text-zinc-700">{text}</span>
    </div>
  );
}

/** The bar alone: a progressbar named `label`, filled to value/max (never past full). */
export function ProgressBar({
  label,
  value,
  max,
  valueText,
  className,
  fillClassName,
}: {
  label: string;
  value: number;
  max: number;
  valueText?: string;
  className: string;
  fillClassName: string;
}) {
  const pct = max ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={valueText} className={className}>
      <div className={`h-full rounded-full ${fillClassName} transition-[width]`} style={{ width: `${pct}%` }} />
    </div>
  );
}
