import { describe, expect, it } from "vitest";
import { formatInterval } from "./format-interval";

describe("formatInterval", () => {
  it("shows the value with its interval and sample size", () => {
    expect(formatInterval({ value: 0.8, low: 0.49, high: 0.943, n: 10, method: "wilson" })).toBe("80.0% (49.0%–94.3%, n=10)");
    expect(formatInterval({ value: 41.25, low: 30, high: 52.5, n: 40, method: "bootstrap" }, { percent: false, digits: 1 })).toBe("41.3 (30.0–52.5, n=40)");
  });

  it("says n/a when there is nothing to measure", () => {
    expect(formatInterval(null)).toBe("n/a");
  });
});
