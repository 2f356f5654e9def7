import { describe, expect, it } from "vitest";
import { backoffMs, decideOnFailure, MAX_RATE_LIMIT_WAITS } from "./call-policy";
import { MAX_CALL_ATTEMPTS } from "./eval-vocabulary";

const facts = (kind: Parameters<typeof decideOnFailure>[0]["kind"], retryAfterMs: number | null = null, retryable = false) => ({
  kind,
  retryAfterMs,
  retryable,
});

describe("what the runner does after a failed call", () => {
  it("waits as long as a 429 asks, pausing the whole run", () => {
    expect(decideOnFailure(facts("rate_limited", 2_500, true), 1)).toEqual({ action: "retry", waitMs: 2_500, pauseRun: true });
  });

  it("backs off exponentially when a 429 gives no retry-after, and gives up after many waits", () => {
    expect(decideOnFailure(facts("rate_limited", null, true), 3)).toEqual({ action: "retry", waitMs: 4_000, pauseRun: true });
    expect(decideOnFailure(facts("rate_limited", 100, true), MAX_RATE_LIMIT_WAITS)).toEqual({ action: "fail_call" });
  });

  it("retries server errors and lost connections a few times, then fails the call", () => {
    expect(decideOnFailure(facts("server_error", null, true), 1)).toEqual({ action: "retry", waitMs: 1_000, pauseRun: false });
    expect(decideOnFailure(facts("unreachable", null, true), 2)).toEqual({ action: "retry", waitMs: 2_000, pauseRun: false });
    expect(decideOnFailure(facts("server_error", null, true), MAX_CALL_ATTEMPTS)).toEqual({ action: "fail_call" });
  });

  it("stops the run when every call would fail the same way", () => {
    for (const kind of ["bad_key", "refused", "quota", "not_found"] as const) expect(decideOnFailure(facts(kind), 1)).toEqual({ action: "stop_run" });
  });

  it("fails only the call when the example itself is the problem", () => {
    expect(decideOnFailure(facts("bad_request"), 1)).toEqual({ action: "fail_call" });
  });

  it("caps the back-off at 30 s", () => {
    expect(backoffMs(1)).toBe(1_000);
    expect(backoffMs(20)).toBe(30_000);
  });
});
