"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartBar } from "@/lib/stats/chart-bars";
import { AXIS_TICK, BarTooltip, CHART_FRAME, COUNT_AXIS, GRID, linkedBar, minBarSize, TOOLTIP } from "./chart-parts";

// Counts by category (status, label, language, system prompt) as horizontal bars, the
// names down the side where long ones still fit.

type Props = { name: string; bars: ChartBar[]; color: string; unit?: string };

const ROW_PX = 28;

export function CategoryChart({ name, bars, color, unit = "records" }: Props) {
  const router = useRouter();
  const labels = new Map(bars.map((b) => [b.key, b.label]));
  return (
    <div role="img" aria-label={name} className="w-full" style={{ height: 24 + bars.length * ROW_PX }}>
      <BarChart {...CHART_FRAME} layout="vertical" data={bars} margin={{ top: 0, right: 16, bottom: 0, left: 0 }} barCategoryGap={5}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis {...COUNT_AXIS} type="number" />
        <YAxis
          type="category"
          dataKey="key"
          tickFormatter={(k: string) => truncate(labels.get(k) ?? k)}
          tick={{ ...AXIS_TICK, fill: "#3f3f46" }}
          tickLine={false}
          axisLine={{ stroke: GRID }}
          width={112}
          interval={0}
        />
        <Tooltip {...TOOLTIP} content={<BarTooltip unit={unit} />} />
        <Bar dataKey="count" shape={linkedBar(router, color)} minPointSize={minBarSize} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}

const truncate = (s: string) => (s.length > 16 ? `${s.slice(0, 15)}…` : s);
