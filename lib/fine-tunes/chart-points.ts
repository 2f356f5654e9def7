import { METRIC_NAMES, type MetricName, type TrainingSeries } from "./training-metrics";

// The series as rows a line chart draws: one row per step with whichever metrics the
// provider measured there (validation values only on the steps it evaluated).

export type ChartRow = { step: number } & Partial<Record<MetricName, number>>;

export function chartRows(series: TrainingSeries): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (const name of METRIC_NAMES) {
    for (const { step, value } of series.metrics[name]) {
      const row = rows.get(step) ?? { step };
      row[name] = value;
      rows.set(step, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.step - b.step);
}
