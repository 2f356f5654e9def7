import type { Interval } from "./intervals";

// A score is never shown bare: its value comes with its 95% interval and the number
// of examples behind it, in the same words on the pages and in the CLI.

export function formatInterval(i: Interval | null, o: { percent?: boolean; digits?: number } = {}): string {
  if (!i) return "n/a";
  const percent = o.percent ?? true;
  const digits = o.digits ?? (percent ? 1 : 2);
  const f = (v: number) => (percent ? `${(v * 100).toFixed(digits)}%` : v.toFixed(digits));
  return `${f(i.value)} (${f(i.low)}–${f(i.high)}, n=${i.n})`;
}
