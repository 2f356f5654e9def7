import { describe, expect, it } from "vitest";
import { reviewTimeline } from "./review-timeline";

const day = (d: string, approved = 0, rejected = 0, needs_changes = 0) => ({ day: d, approved, rejected, needs_changes, cumulative: 0 });

describe("review timeline", () => {
  it("fills quiet days with zeros and keeps a running total", () => {
    const points = reviewTimeline([day("2026-03-30", 5, 1), day("2026-04-02", 2, 0, 3)]);
    expect(points.map((p) => [p.day, p.approved + p.rejected + p.needs_changes, p.cumulative])).toEqual([
      ["2026-03-30", 6, 6],
      ["2026-03-31", 0, 6],
      ["2026-04-01", 0, 6],
      ["2026-04-02", 5, 11],
    ]);
    expect(points[0].end).toBe("2026-03-30");
  });

  it("turns a review longer than 120 days into weeks from Monday to Sunday", () => {
    const points = reviewTimeline([day("2026-01-01", 1), day("2026-01-04", 2), day("2026-01-05", 0, 4), day("2026-06-30", 0, 0, 1)]);
    expect(points[0]).toMatchObject({ day: "2025-12-29", end: "2026-01-04", approved: 3, cumulative: 3 });
    expect(points[1]).toMatchObject({ day: "2026-01-05", end: "2026-01-11", rejected: 4, cumulative: 7 });
    expect(points.at(-1)).toMatchObject({ needs_changes: 1, cumulative: 8 });
    expect(points.length).toBeLessThan(30);
  });

  it("has no points before the first decision", () => {
    expect(reviewTimeline([])).toEqual([]);
  });
});
