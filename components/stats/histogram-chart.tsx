"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartBar } from "@/lib/stats/chart-bars";
import { AXIS_TICK, BarTooltip, CHART_FRAME, COUNT_AXIS, GRID, linkedBar, minBarSize, TOOLTIP } from "./chart-parts";

// One histogram: bins side by side on a category axis (their widths differ on a log
// scale, so each is a labelled category rather than a span of a numeric axis). The
// per-example limit, when given, is a dashed line at the left edge of the first bin
// beyond it.

type Props = { name: string; bars: ChartBar[]; color: string; limit?: { key: string; label: string } };

export function HistogramChart({ name, bars, color, limit }: Props) {
  const router = useRouter();
  const labels = new Map(bars.map((b) => [b.key, b.label]));
  const limitOnRight = limit ? bars.findIndex((b) => b.key === limit.key) > bars.length * 0.6 : false;
  return (
    <div role="img" aria-label={name} className="h-60 w-full">
      <BarChart {...CHART_FRAME} data={bars} margin={{ top: 18, right: 12, bottom: 0, left: 0 }} barCategoryGap={1}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis
          dataKey="key"
          tickFormatter={(k: string) => labels.get(k) ?? k}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: GRID }}
          interval="preserveStartEnd"
          minTickGap={6}
        />
        <YAxis {...COUNT_AXIS} width={44} />
        <Tooltip {...TOOLTIP} content={<BarTooltip unit="records" />} />
        <Bar dataKey="count" shape={linkedBar(router, color)} minPointSize={minBarSize} maxBarSize={96} isAnimationActive={false} />
        {limit ? (
          <ReferenceLine
            x={limit.key}
            position="start"
            stroke="#dc2626"
            strokeDasharray="4 3"
            // The label reads away from the nearer edge, so it is never cut off.
            label={{ value: limit.label, position: limitOnRight ? "insideTopRight" : "insideTopLeft", fill: "#b91c1c", fontSize: 11, offset: 6 }}
          />
        ) : null}
      </BarChart>
    </div>
  );
}
