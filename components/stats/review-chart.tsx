"use client";

import { useRouter } from "next/navigation";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { TimelinePoint } from "@/lib/stats/review-timeline";
import { STATUS_COLORS } from "@/lib/stats/chart-bars";
import { AXIS_TICK, CHART_FRAME, COUNT_AXIS, GRID, TOOLTIP } from "./chart-parts";

// Decisions per day (or week), stacked by the decision, with the running total of
// decided records on its own axis. A day's bars lead to that day's entries in the
// audit log, for those who may read it.

export type ReviewPoint = TimelinePoint & { href: string | null };

const SERIES = [
  { key: "approved", name: "Approved" },
  { key: "rejected", name: "Rejected" },
  { key: "needs_changes", name: "Needs changes" },
] as const;

const LEGEND_ORDER = [...SERIES.map((s) => s.key), "cumulative"];

const count = new Intl.NumberFormat("en");
const shortDay = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const dayLabel = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

export function ReviewChart({ name, points }: { name: string; points: ReviewPoint[] }) {
  const router = useRouter();
  const open = (p: unknown) => {
    const href = (p as { payload?: ReviewPoint } | undefined)?.payload?.href;
    if (href) router.push(href);
  };
  return (
    <div role="img" aria-label={name} className="h-64 w-full">
      <ComposedChart {...CHART_FRAME} data={points} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} barCategoryGap={1}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="day" tickFormatter={dayLabel} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
        <YAxis {...COUNT_AXIS} yAxisId="day" width={44} />
        <YAxis {...COUNT_AXIS} yAxisId="total" orientation="right" width={44} />
        <Tooltip {...TOOLTIP} content={<ReviewTooltip />} />
        <Legend iconSize={8} wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => LEGEND_ORDER.indexOf(String(item.dataKey))} />
        {SERIES.map((s) => (
          <Bar
            key={s.key}
            yAxisId="day"
            dataKey={s.key}
            name={s.name}
            stackId="d"
            fill={STATUS_COLORS[s.key]}
            onClick={open}
            style={{ cursor: "pointer" }}
            isAnimationActive={false}
          />
        ))}
        <Line yAxisId="total" dataKey="cumulative" name="Decided so far" stroke="#3f3f46" strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}

function ReviewTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const p = payload?.[0]?.payload as ReviewPoint | undefined;
  if (!active || !p) return null;
  return (
    <div className="rounded-md border border-zinc-200 bg-white px-2.5 py-1.5 text-xs shadow-md">
      <p className="font-medium text-zinc-900">{p.day === p.end ? dayLabel(p.day) : `Week of ${dayLabel(p.day)}`}</p>
      {SERIES.map((s) => (
        <p key={s.key} className="text-zinc-600">
          {s.name}: {count.format(p[s.key])}
        </p>
      ))}
      <p className="mt-0.5 text-zinc-900">Decided so far: {count.format(p.cumulative)}</p>
    </div>
  );
}
