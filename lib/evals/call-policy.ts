import type { ProviderErrorFacts } from "../providers/provider-error";
import { MAX_CALL_ATTEMPTS } from "./eval-vocabulary";

// What the runner does when a call fails, decided from the provider's answer alone.
// A 429 pauses every worker of the run for as long as the provider asked (retry-after),
// since the limit is the account's, not the call's. Passing trouble (5xx, a lost
// connection) is retried with exponential back-off. A problem with one example (a
// prompt too long for the model) fails that call only. A problem with the whole run
// (a bad key, no access to a model, no quota) stops it: every other call would fail
// the same way, and the lead has something to fix first.

export type CallDecision = { action: "retry"; waitMs: number; pauseRun: boolean } | { action: "fail_call" } | { action: "stop_run" };

/** A 429 is the provider pacing us, not the call failing: it may be waited out this many times. */
export const MAX_RATE_LIMIT_WAITS = 30;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;

/** 1 s, 2 s, 4 s… at most 30 s, before the try after `attempts` failed ones. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** `attempts`: tries of this call so far, the failed one included. */
export function decideOnFailure(f: Pick<ProviderErrorFacts, "kind" | "retryAfterMs" | "retryable">, attempts: number): CallDecision {
  switch (f.kind) {
    case "bad_key":
    case "refused":
    case "quota":
    case "not_found":
      return { action: "stop_run" };
    case "rate_limited":
      if (attempts >= MAX_RATE_LIMIT_WAITS) return { action: "fail_call" };
      return { action: "retry", waitMs: f.retryAfterMs ?? backoffMs(attempts), pauseRun: true };
    case "server_error":
    case "unreachable":
      if (attempts >= MAX_CALL_ATTEMPTS) return { action: "fail_call" };
      return { action: "retry", waitMs: f.retryAfterMs ?? backoffMs(attempts), pauseRun: false };
    default:
      if (f.retryable && attempts < MAX_CALL_ATTEMPTS) return { action: "retry", waitMs: f.retryAfterMs ?? backoffMs(attempts), pauseRun: false };
      return { action: "fail_call" };
  }
}
