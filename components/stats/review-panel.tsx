import type { DatasetStats } from "@/lib/stats/stats-types";
import { reviewTimeline } from "@/lib/stats/review-timeline";
import { plural } from "@/components/ui/format";
import { ReviewChart } from "./review-chart";
import { EmptyChart, StatsPanel } from "./stats-panel";

// How review has gone: records reaching their current decision, day by day.

export function ReviewPanel({ stats, datasetId, canReadAudit }: { stats: DatasetStats; datasetId: string; canReadAudit: boolean }) {
  const { decided, undated } = stats.review;
  const points = reviewTimeline(stats.review.days).map((p) => ({
    ...p,
    // A day's decisions are in the audit log; the table cannot filter by decision date.
    href: canReadAudit ? `/audit?dataset=${encodeURIComponent(datasetId)}&from=${p.day}&to=${p.end}` : null,
  }));
  return (
    <StatsPanel
      id="review"
      title="Review progress"
      description={`Records reaching their current decision per day (UTC), and the running total: ${plural(decided, "record")} approved, rejected or sent back for changes so far.${canReadAudit && points.length ? " Click a day for its entries in the audit log." : ""}`}
    >
      {points.length ? (
        <ReviewChart name="Review progress" points={points} />
      ) : (
        <EmptyChart>{decided ? "None of these decisions is dated." : "No record here has been approved, rejected or sent back for changes yet."}</EmptyChart>
      )}
      {undated ? (
        <p className="text-xs text-zinc-600">{plural(undated, "decision")} made before revisions were kept cannot be dated and are left out of the chart.</p>
      ) : null}
    </StatsPanel>
  );
}
