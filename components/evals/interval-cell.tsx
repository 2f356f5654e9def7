import type { Interval } from "@/lib/evals/intervals";

// A score with its 95% interval, never a bare number: the value, the range under it,
// and a small bar that shows how wide the range is on the 0–1 scale (proportions) or
// relative to the larger of the two models (means).

const INTERVAL_NAMES: Record<Interval["method"], string> = { wilson: "Wilson", bootstrap: "bootstrap", normal: "normal" };

export function IntervalCell({ value, percent = true, scale, digits }: { value: Interval | null; percent?: boolean; scale?: number; digits?: number }) {
  if (!value) return <span className="text-zinc-500">n/a</span>;
  const d = digits ?? (percent ? 1 : 2);
  const f = (v: number) => (percent ? `${(v * 100).toFixed(d)}%` : v.toFixed(d));
  const max = percent ? 1 : Math.max(scale ?? value.high, 1e-9);
  const left = Math.max(0, Math.min(100, (100 * value.low) / max));
  const right = Math.max(0, Math.min(100, (100 * value.high) / max));
  const point = Math.max(0, Math.min(100, (100 * value.value) / max));
  return (
    <span className="inline-block min-w-36" title={`95% ${INTERVAL_NAMES[value.method]} interval over ${value.n} examples`}>
      <span className="font-medium tabular-nums">{f(value.value)}</span>{" "}
      <span className="text-xs text-zinc-500 tabular-nums">
        ({f(value.low)}–{f(value.high)}, n={value.n})
      </span>
      <span aria-hidden className="relative mt-1 block h-1.5 rounded bg-zinc-100">
        <span className="absolute top-0 h-1.5 rounded bg-indigo-200" style={{ left: `${left}%`, width: `${Math.max(1, right - left)}%` }} />
        <span className="absolute top-0 h-1.5 w-0.5 bg-indigo-700" style={{ left: `${point}%` }} />
      </span>
    </span>
  );
}
