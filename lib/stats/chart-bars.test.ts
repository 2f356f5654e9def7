import { describe, expect, it } from "vitest";
import { histogramBars, statusBars, systemPromptBars } from "./chart-bars";
import { share, type DatasetStats } from "./stats-types";

const ctx = { datasetId: "ds1", filter: {} };
const stats = {
  total: 10,
  statuses: [
    { status: "pending", ...share(6, 10) },
    { status: "approved", ...share(4, 10) },
    { status: "rejected", ...share(0, 10) },
  ],
  systemPrompts: { top: [{ hash: "ab".repeat(8), text: "Be brief.", ...share(7, 10) }], none: share(3, 10), unchecked: 0, otherPrompts: 0, otherRecords: 0 },
} as unknown as DatasetStats;

describe("chart bars", () => {
  it("names each bin by its whole values and links only bins with records", () => {
    const bars = histogramBars(
      {
        bins: [
          { min: 0, max: 1, count: 2 },
          { min: 1, max: 2, count: 0 },
          { min: 2, max: 4, count: 8 },
        ],
        counted: 10,
        missing: 0,
        min: 0,
        max: 3,
      },
      10,
      "turns",
      "turns",
      ctx,
    );
    expect(bars.map((b) => [b.name, b.href])).toEqual([
      ["0 turns", "/datasets/ds1?turnsMax=1"],
      ["1 turn", null],
      ["2 to 3 turns", "/datasets/ds1?turnsMin=2&turnsMax=4"],
    ]);
  });

  it("shows empty statuses for the whole set, only the filtered one under a status filter", () => {
    expect(statusBars(stats, ctx).map((b) => [b.key, b.href])).toEqual([
      ["pending", "/datasets/ds1?status=pending"],
      ["approved", "/datasets/ds1?status=approved"],
      ["rejected", null],
    ]);
    expect(statusBars(stats, { ...ctx, filter: { status: "approved" } }).map((b) => b.key)).toEqual(["approved"]);
  });

  it("lists prompts by number with their text, then the records without one", () => {
    expect(systemPromptBars(stats, ctx).map((b) => [b.label, b.name, b.href])).toEqual([
      ["Prompt 1", "Be brief.", `/datasets/ds1?system=${"ab".repeat(8)}`],
      ["None", "No system prompt", "/datasets/ds1?system=none"],
    ]);
  });
});
