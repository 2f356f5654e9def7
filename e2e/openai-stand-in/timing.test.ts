import { describe, expect, it } from "vitest";
import { timingFromEnv } from "./timing";

describe("timing from the environment", () => {
  it("reads the variables that are set and refuses ones that are not whole numbers", () => {
    expect(timingFromEnv({ STAND_IN_RUNNING_MS: "20000", STAND_IN_QUEUED_MS: "0", STAND_IN_VALIDATING_MS: "" })).toEqual({ runningMs: 20000, queuedMs: 0 });
    expect(() => timingFromEnv({ STAND_IN_RUNNING_MS: "2s" })).toThrow('STAND_IN_RUNNING_MS must be a whole number of milliseconds, not "2s".');
    expect(() => timingFromEnv({ STAND_IN_METRICS_EVENTS: "0" })).toThrow(/STAND_IN_METRICS_EVENTS must be a whole number of events/);
    expect(timingFromEnv({ STAND_IN_CHAT_MS: "250" })).toEqual({ chatMs: 250 });
    expect(() => timingFromEnv({ STAND_IN_CHAT_MS: "-1" })).toThrow('STAND_IN_CHAT_MS must be a whole number of milliseconds, not "-1".');
  });
});
