import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Latency } from "./stats";

// One row of the final table. `ratio` is always "how we do next to the baseline" with
// 1.0 meaning as good as the bare baseline and lower meaning worse, whether the figure
// is a rate (value / baseline) or a time or a size (baseline / value), so the column
// reads the same way all the way down.

export type Figure = {
  figure: string;
  value: number;
  unit: string;
  /** What the value cell shows, when it says more than value + unit (median / p95). */
  shown?: string;
  baseline: number | null;
  baselineLabel: string;
  ratio: number | null;
  target: string | null;
  pass: boolean | null;
  /** Raw numbers behind the row (seconds, bytes, CPU time), kept in the JSON only. */
  detail?: Record<string, number | string>;
};

export const rateRatio = (value: number, baseline: number) => value / baseline;
export const costRatio = (value: number, baseline: number) => baseline / value;

/**
 * A latency row: the median against the baseline's median, shown with its p95. Without
 * `digits`, times under 10 ms get two decimals. A row with no target is context only.
 */
export function latencyFigure(row: {
  figure: string;
  latency: Latency;
  baseline: Latency;
  baselineLabel: string;
  targetMs: number | null;
  digits?: number;
  detail?: Record<string, number | string>;
}): Figure {
  const { latency: l, baseline, targetMs } = row;
  const ms = (n: number) => n.toFixed(row.digits ?? (n < 10 ? 2 : 0));
  return {
    figure: row.figure,
    value: l.medianMs,
    unit: "ms",
    shown: `${ms(l.medianMs)} ms (p95 ${ms(l.p95Ms)})`,
    baseline: baseline.medianMs,
    baselineLabel: row.baselineLabel,
    ratio: costRatio(l.medianMs, baseline.medianMs),
    target: targetMs === null ? null : `median ≤ ${targetMs} ms`,
    pass: targetMs === null ? null : l.medianMs <= targetMs,
    detail: { runs: l.runs, p95Ms: l.p95Ms, ...row.detail },
  };
}

function fmt(n: number): string {
  if (n >= 100_000) return Math.round(n).toLocaleString("en-US");
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function valueCell(f: Figure): string {
  return f.shown ?? `${fmt(f.value)} ${f.unit}`;
}

export function renderTable(figures: readonly Figure[]): string {
  const header = ["figure", "value", "baseline", "ratio", "target", "result"];
  const rows = figures.map((f) => [
    f.figure,
    valueCell(f),
    f.baseline === null ? "—" : `${fmt(f.baseline)} ${f.unit} (${f.baselineLabel})`,
    f.ratio === null ? "—" : f.ratio.toFixed(2),
    f.target ?? "—",
    f.pass === null ? "" : f.pass ? "PASS" : "FAIL",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function writeResults(path: string, report: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report, null, 2) + "\n");
}
