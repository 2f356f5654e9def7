import { describe, expect, it } from "vitest";
import { backoffMs, DEFAULT_POLL_OPTIONS, mapProviderStatus, nextPoll, quickPollOptions, type PollOutcome } from "./poll-schedule";
import { FINAL_STATUSES, PROVIDER_STATUSES, type FineTuneStatus } from "./fine-tune-vocabulary";

const NOW = new Date("2026-11-27T12:00:00Z");
const after = (d: Date | null) => (d === null ? null : d.getTime() - NOW.getTime());
const SECOND = 1000;
const MINUTE = 60 * SECOND;

const job = (status: string): PollOutcome => ({ kind: "job", status });
const error = (httpStatus: number | null, retryable: boolean, retryAfterMs: number | null = null): PollOutcome => ({
  kind: "error",
  httpStatus,
  retryable,
  retryAfterMs,
});
// Pins the jitter at the bottom or the top of its range.
const low = { random: () => 0 };
const high = { random: () => 0.999999 };

describe("mapProviderStatus", () => {
  it("takes every status the provider reports as it is", () => {
    for (const s of PROVIDER_STATUSES) expect(mapProviderStatus(s, "queued")).toBe(s);
  });

  it("reads Azure's waiting words as queued and keeps the current status for unknown ones", () => {
    expect(mapProviderStatus("pending", "validating_files")).toBe("queued");
    expect(mapProviderStatus("notRunning", "creating")).toBe("queued");
    expect(mapProviderStatus("warming_up", "running")).toBe("running");
    expect(mapProviderStatus("", "validating_files")).toBe("validating_files");
  });
});

describe("nextPoll after the provider answered", () => {
  it.each([
    ["validating_files", 20 * SECOND],
    ["queued", 30 * SECOND],
    ["running", 10 * SECOND],
    ["paused", MINUTE],
  ] as const)("waits the %s interval and clears past failures", (status, wait) => {
    const d = nextPoll({ status: "queued", pollFailures: 3 }, job(status), NOW);
    expect(d).toEqual({ status, pollFailures: 0, nextPollAt: new Date(NOW.getTime() + wait) });
  });

  it.each(["succeeded", "failed", "cancelled"])("stops once the job is %s", (status) => {
    expect(nextPoll({ status: "running", pollFailures: 1 }, job(status), NOW)).toEqual({ status, pollFailures: 0, nextPollAt: null });
  });

  it("keeps the status and the pace on a word it does not know", () => {
    const d = nextPoll({ status: "running", pollFailures: 0 }, job("compacting"), NOW);
    expect(d).toEqual({ status: "running", pollFailures: 0, nextPollAt: new Date(NOW.getTime() + 10 * SECOND) });
  });

  it("never polls a job that has already ended, whatever comes back", () => {
    for (const status of FINAL_STATUSES) {
      expect(nextPoll({ status, pollFailures: 2 }, job("running"), NOW)).toEqual({ status, pollFailures: 2, nextPollAt: null });
      expect(nextPoll({ status, pollFailures: 2 }, error(500, true), NOW).nextPollAt).toBeNull();
    }
  });

  it("uses the other interval for Tuneset's own steps", () => {
    const d = nextPoll({ status: "creating", pollFailures: 0 }, error(503, true), NOW, { ...low });
    expect(after(d.nextPollAt)).toBe(15 * SECOND);
  });
});

describe("nextPoll on a rate limit", () => {
  const running = { status: "running" as FineTuneStatus, pollFailures: 0 };

  it("waits what the provider asks when that is longer than the interval", () => {
    const d = nextPoll(running, error(429, true, 45 * SECOND), NOW);
    expect(d).toEqual({ status: "running", pollFailures: 1, nextPollAt: new Date(NOW.getTime() + 45 * SECOND) });
  });

  it("never waits less than the status's interval, nor more than the retry-after cap", () => {
    expect(after(nextPoll(running, error(429, true, 200), NOW).nextPollAt)).toBe(10 * SECOND);
    expect(after(nextPoll(running, error(429, true, 5 * 60 * MINUTE), NOW).nextPollAt)).toBe(60 * MINUTE);
  });

  it("backs off when the provider names no wait", () => {
    const d = nextPoll({ status: "running", pollFailures: 2 }, error(429, true), NOW, high);
    expect(after(d.nextPollAt)).toBe(Math.floor(0.999999 * 80 * SECOND));
  });
});

describe("nextPoll on server and network errors", () => {
  it("backs off exponentially with full jitter, between the interval and base × 2^failures", () => {
    for (let failures = 0; failures < 5; failures++) {
      // 10 s × 2^5 = 320 s, below the cap
      const state = { status: "running" as FineTuneStatus, pollFailures: failures };
      const top = after(nextPoll(state, error(502, true), NOW, high).nextPollAt)!;
      const bottom = after(nextPoll(state, error(null, true), NOW, low).nextPollAt)!;
      expect(bottom).toBe(10 * SECOND);
      expect(top).toBeLessThanOrEqual(10 * SECOND * 2 ** (failures + 1));
      expect(top).toBeGreaterThan(10 * SECOND * 2 ** (failures + 1) * 0.99);
    }
  });

  it("caps the wait at ten minutes however long the outage, and keeps trying", () => {
    const d = nextPoll({ status: "queued", pollFailures: 400 }, error(500, true), NOW, high);
    expect(d.pollFailures).toBe(401);
    expect(d.giveUp).toBeUndefined();
    expect(after(d.nextPollAt)).toBeLessThanOrEqual(10 * MINUTE);
    expect(after(d.nextPollAt)).toBeGreaterThan(9.99 * MINUTE);
  });

  it("spreads retries over the whole range as the random source moves", () => {
    const waits = [0.25, 0.5, 0.75].map((r) => after(nextPoll({ status: "running", pollFailures: 2 }, error(500, true), NOW, { random: () => r }).nextPollAt));
    expect(waits).toEqual([20 * SECOND, 40 * SECOND, 60 * SECOND]);
  });
});

describe("nextPoll on answers that repeating will not change", () => {
  it("retries a few times, then stops with a reason and leaves the status alone", () => {
    let state = { status: "running" as FineTuneStatus, pollFailures: 0 };
    for (let i = 1; i < DEFAULT_POLL_OPTIONS.giveUpAfter; i++) {
      const d = nextPoll(state, error(401, false), NOW, low);
      expect(d).toEqual({ status: "running", pollFailures: i, nextPollAt: new Date(NOW.getTime() + 10 * SECOND) });
      state = d;
    }
    const last = nextPoll(state, error(401, false), NOW, low);
    expect(last.status).toBe("running");
    expect(last.nextPollAt).toBeNull();
    expect(last.giveUp).toMatch(/^Stopped checking this job after 5 failed checks in a row: the provider refused the API key \(401\)/);
  });

  it.each([
    [403, /refused access to this job \(403\)/],
    [404, /has no job with this id \(404\)/],
    [400, /answered 400 each time/],
  ])("says why for %s", (status, reason) => {
    expect(nextPoll({ status: "queued", pollFailures: 4 }, error(status, false), NOW).giveUp).toMatch(reason);
  });

  it("counts failures of any kind in a row: the third is no reason to stop", () => {
    expect(nextPoll({ status: "queued", pollFailures: 2 }, error(404, false), NOW).nextPollAt).not.toBeNull();
  });
});

describe("backoffMs and quickPollOptions", () => {
  it("never returns less than the base, even when the cap is below it", () => {
    expect(backoffMs(30 * SECOND, 3, { maxBackoffMs: 5 * SECOND, random: () => 0.5 })).toBe(30 * SECOND);
  });

  it("runs every status at one short interval for the end-to-end run", () => {
    const options = quickPollOptions(500, () => 0);
    for (const status of ["validating_files", "queued", "running", "paused"]) {
      expect(after(nextPoll({ status: "queued", pollFailures: 0 }, job(status), NOW, options).nextPollAt)).toBe(500);
    }
    expect(
      after(nextPoll({ status: "running", pollFailures: 50 }, error(500, true), NOW, { ...options, random: () => 0.999999 }).nextPollAt),
    ).toBeLessThanOrEqual(10_000);
  });
});
