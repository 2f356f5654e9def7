import type { ReviewDay } from "./stats-types";

// The review chart's points: every day from the first decision to the last, quiet days
// included so the time axis is even, with the running total of decided records. Over
// a long review the days become weeks (starting on Monday), so the chart stays readable.

export type TimelinePoint = ReviewDay & { end: string };

const DAY_MS = 86_400_000;
const MAX_DAYS = 120;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The running totals are counted again over the points: quiet days carry the one before them. */
export function reviewTimeline(days: readonly ReviewDay[]): TimelinePoint[] {
  if (!days.length) return [];
  const first = ms(days[0].day);
  const last = ms(days[days.length - 1].day);
  const weekly = (last - first) / DAY_MS + 1 > MAX_DAYS;
  // Monday of the first day's week (getUTCDay: Sunday is 0).
  const start = weekly ? first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS : first;
  const step = weekly ? 7 * DAY_MS : DAY_MS;
  const points: TimelinePoint[] = [];
  for (let t = start; t <= last; t += step)
    points.push({ day: dayOf(t), end: dayOf(t + step - DAY_MS), approved: 0, rejected: 0, needs_changes: 0, cumulative: 0 });
  for (const d of days) {
    const p = points[Math.floor((ms(d.day) - start) / step)];
    p.approved += d.approved;
    p.rejected += d.rejected;
    p.needs_changes += d.needs_changes;
  }
  let total = 0;
  for (const p of points) p.cumulative = total += p.approved + p.rejected + p.needs_changes;
  return points;
}
