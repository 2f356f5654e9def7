"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID } from "@/components/stats/chart-parts";
import type { ChartRow } from "@/lib/fine-tunes/chart-points";
import type { MetricName } from "@/lib/fine-tunes/training-metrics";

// One metric pair over training steps (training and validation loss, or token
// accuracy), drawn as the provider reports it. Validation points are sparse (the
// provider evaluates every few steps), so its line joins the points it has.

type Series = { key: MetricName; name: string; color: string };

type Props = { title: string; points: ChartRow[]; series: Series[]; percent?: boolean };

export function TrainingChart({ title, points, series, percent = false }: Props) {
  const shown = series.filter((s) => points.some((p) => typeof p[s.key] === "number"));
  const format = (v: number) => (percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(3));
  return (
    <figure className="rounded-lg border border-zinc-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-medium text-zinc-800">{title}</figcaption>
      {shown.length ? (
        <div role="img" aria-label={`${title} over ${points.length} steps`} className="h-56 w-full" data-chart={title}>
          <LineChart
            responsive
            style={{ width: "100%", height: "100%" }}
            data={points}
            margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="step" type="number" domain={["dataMin", "dataMax"]} tick={AXIS_TICK} tickLine={false} allowDecimals={false} />
            <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} tickFormatter={format} domain={["auto", "auto"]} />
            <Tooltip formatter={(v) => (typeof v === "number" ? format(v) : String(v))} labelFormatter={(step) => `Step ${step}`} isAnimationActive={false} />
            <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
            {shown.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} dot={false} strokeWidth={1.5} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </div>
      ) : (
        <p className="py-8 text-center text-sm text-zinc-500">No figures yet: the provider reports them once training starts.</p>
      )}
    </figure>
  );
}
