"use client";

import type { useRouter } from "next/navigation";
import type { BarShapeProps } from "recharts";
import type { ChartBar } from "@/lib/stats/chart-bars";

// What the bar charts share: a bar that is a link to the table (by mouse; the figures
// table under each chart holds the same links for the keyboard), its tooltip, and the
// axis styles that match the rest of the app.

export const AXIS_TICK = { fontSize: 11, fill: "#71717a" };
export const GRID = "#e4e4e7";

const count = new Intl.NumberFormat("en");
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
export const formatAxis = (n: number) => compact.format(n);
export const formatShare = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 2 : 1)}%`;

/** Every chart fills its box and leaves keyboard access to the figures table under it. */
export const CHART_FRAME = { responsive: true, style: { width: "100%", height: "100%" }, accessibilityLayer: false };
/** A count axis: compact whole numbers, no tick marks and no axis line. */
export const COUNT_AXIS = { tickFormatter: formatAxis, tick: AXIS_TICK, tickLine: false, axisLine: false, allowDecimals: false };
/** The hover band behind the bars and a tooltip that appears at once. */
export const TOOLTIP = { cursor: { fill: "#f4f4f5" }, isAnimationActive: false };

/** Gives a non-empty bar at least two pixels, so one record among a million still shows and can be clicked. */
export const minBarSize = (value: unknown) => (typeof value === "number" && value > 0 ? 2 : 0);

type Router = ReturnType<typeof useRouter>;

/** A bar drawn as a plain rect that leads to its records when it has a link. */
export function linkedBar(router: Router, fallback: string) {
  function LinkedBar(props: BarShapeProps) {
    const bar = props.payload as ChartBar;
    const { x, y, width, height } = props;
    if (!(width > 0) || !(height > 0)) return <g />;
    return (
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={1.5}
        fill={bar.color ?? fallback}
        data-bar={bar.key}
        data-count={bar.count}
        style={{ cursor: bar.href ? "pointer" : "default" }}
        onClick={bar.href ? () => router.push(bar.href!) : undefined}
      />
    );
  }
  return LinkedBar;
}

type TooltipProps = { active?: boolean; payload?: readonly { payload?: unknown }[]; unit: string };

export function BarTooltip({ active, payload, unit }: TooltipProps) {
  const bar = payload?.[0]?.payload as ChartBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className="max-w-xs rounded-md border border-zinc-200 bg-white px-2.5 py-1.5 text-xs shadow-md">
      <p className="font-medium text-zinc-900">{bar.name}</p>
      <p className="mt-0.5 text-zinc-600">
        {count.format(bar.count)} {bar.count === 1 ? unit.replace(/s$/, "") : unit} · {formatShare(bar.share)}
      </p>
      {bar.href ? <p className="mt-0.5 text-zinc-500">Click to open them in the table</p> : null}
    </div>
  );
}
