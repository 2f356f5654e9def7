import { describe, expect, it } from "vitest";
import { latencyFigure } from "./results";

const latency = (medianMs: number, p95Ms: number) => ({ medianMs, p95Ms, runs: 20 });

describe("latencyFigure", () => {
  it("sets the median against the baseline's, with its p95 and a pass or fail against the target", () => {
    const row = latencyFigure({
      figure: "page",
      latency: latency(120, 180),
      baseline: latency(60, 70),
      baselineLabel: "bare",
      targetMs: 100,
      detail: { bareP95Ms: 70 },
    });
    expect(row).toEqual({
      figure: "page",
      value: 120,
      unit: "ms",
      shown: "120 ms (p95 180)",
      baseline: 60,
      baselineLabel: "bare",
      ratio: 0.5,
      target: "median ≤ 100 ms",
      pass: false,
      detail: { runs: 20, p95Ms: 180, bareP95Ms: 70 },
    });
  });

  it("gives short times two decimals unless told, and a row without a target no verdict", () => {
    const row = latencyFigure({ figure: "cold", latency: latency(4.257, 12.4), baseline: latency(1, 1), baselineLabel: "bare", targetMs: null });
    expect(row).toMatchObject({ shown: "4.26 ms (p95 12)", target: null, pass: null });
    expect(latencyFigure({ figure: "x", latency: latency(4.257, 12.4), baseline: latency(1, 1), baselineLabel: "b", targetMs: 5, digits: 1 }).shown).toBe(
      "4.3 ms (p95 12.4)",
    );
  });
});
