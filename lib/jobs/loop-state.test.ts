import { afterEach, describe, expect, it, vi } from "vitest";
import { rearm, runPasses } from "./loop-state";

describe("runPasses", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never overlaps two passes, and runs once more for a wake-up that came during one", async () => {
    const state = { running: false, again: false };
    let passes = 0;
    let release!: () => void;
    const pass = () => {
      passes += 1;
      return passes === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
    };
    const first = runPasses(state, pass, "failed:");
    await runPasses(state, pass, "failed:");
    await runPasses(state, pass, "failed:");
    expect(passes).toBe(1);
    release();
    await first;
    expect(passes).toBe(2);
    expect(state).toEqual({ running: false, again: false });
  });

  it("logs a failure after its label and stays ready for the next wake-up", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = { running: false, again: false };
    await runPasses(state, () => Promise.reject(new Error("database closed")), "Background work stopped:");
    expect(error).toHaveBeenCalledWith("Background work stopped:", "database closed");
    expect(state.running).toBe(false);
  });
});

describe("rearm", () => {
  it("replaces the pending wake-up instead of adding one", () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const first = rearm(undefined, run, 1_000);
    rearm(first, run, 50);
    vi.advanceTimersByTime(2_000);
    expect(run).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
