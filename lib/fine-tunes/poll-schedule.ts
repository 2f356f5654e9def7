import { isFinalStatus, PROVIDER_STATUSES, type FineTuneStatus } from "./fine-tune-vocabulary";

// When to ask the provider about a job next, and what its answer means. Pure: the
// poller passes the job's state, what one poll brought back and the time, and stores
// what comes out. A slow check costs nothing; a hammering one costs rate limit, so
// every wait has a floor (the status's interval) and errors back off.

export type PollState = { status: FineTuneStatus; pollFailures: number };

export type PollOutcome =
  | { kind: "job"; /** The provider's word, e.g. "running"; unknown words keep the current status. */ status: string }
  | {
      kind: "error";
      /** Null when no answer came (network, timeout). */
      httpStatus: number | null;
      /** What the provider asked for (retry-after-ms, or retry-after in ms). */
      retryAfterMs: number | null;
      /** False for answers that repeating will not change (401, 403, 404). */
      retryable: boolean;
    };

export type PollDecision = {
  status: FineTuneStatus;
  pollFailures: number;
  /** Null: stop following the job (it ended, or Tuneset gave up asking). */
  nextPollAt: Date | null;
  /** Why Tuneset stopped asking although the job may still run at the provider. */
  giveUp?: string;
};

type IntervalKey = "validating_files" | "queued" | "running" | "paused" | "other";

export type PollOptions = {
  /** The usual wait per status; the floor of every wait, errors included. */
  intervalsMs: Record<IntervalKey, number>;
  /** Longest wait after errors, however many in a row. */
  maxBackoffMs: number;
  /** Longest wait a retry-after header can ask for; guards against a broken header. */
  maxRetryAfterMs: number;
  /** Non-retryable failures in a row before Tuneset stops asking. */
  giveUpAfter: number;
  /** A number in [0, 1); injected so tests can pin the jitter. */
  random: () => number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;

// Validation and the queue take minutes to hours; a running job reports a step every
// few seconds, which the progress chart wants to see soon.
export const DEFAULT_POLL_OPTIONS: PollOptions = {
  intervalsMs: { validating_files: 20 * SECOND, queued: 30 * SECOND, running: 10 * SECOND, paused: MINUTE, other: 15 * SECOND },
  maxBackoffMs: 10 * MINUTE,
  maxRetryAfterMs: 60 * MINUTE,
  giveUpAfter: 5,
  random: Math.random,
};

/** The same rules at one short interval, for tests and the end-to-end run against the local stand-in. */
export function quickPollOptions(intervalMs: number, random: () => number = Math.random): PollOptions {
  const all = { validating_files: intervalMs, queued: intervalMs, running: intervalMs, paused: intervalMs, other: intervalMs };
  return { intervalsMs: all, maxBackoffMs: 20 * intervalMs, maxRetryAfterMs: 60 * intervalMs, giveUpAfter: 5, random };
}

/**
 * The provider's status in Tuneset's words. Azure's older API versions say "pending"
 * and "notRunning" for a job that waits to start. Any other word keeps the current
 * status: better to show a stale step than to guess a new one.
 */
export function mapProviderStatus(providerStatus: string, current: FineTuneStatus): FineTuneStatus {
  const word = providerStatus.trim();
  if ((PROVIDER_STATUSES as readonly string[]).includes(word)) return word as FineTuneStatus;
  if (word === "pending" || word === "notRunning") return "queued";
  return current;
}

export function baseIntervalMs(status: FineTuneStatus, options: PollOptions = DEFAULT_POLL_OPTIONS): number {
  const key: IntervalKey = status in options.intervalsMs ? (status as IntervalKey) : "other";
  return options.intervalsMs[key];
}

/**
 * Exponential back-off with full jitter (a random wait up to base × 2^failures,
 * capped), so many jobs failing at once do not retry in step; never below the base.
 */
export function backoffMs(base: number, failures: number, options: Pick<PollOptions, "maxBackoffMs" | "random">): number {
  const ceiling = Math.max(base, Math.min(options.maxBackoffMs, base * 2 ** Math.min(failures, 30)));
  return Math.max(base, Math.floor(options.random() * ceiling));
}

export function nextPoll(state: PollState, outcome: PollOutcome, now: Date, overrides: Partial<PollOptions> = {}): PollDecision {
  const options = { ...DEFAULT_POLL_OPTIONS, ...overrides };
  const at = (ms: number) => new Date(now.getTime() + ms);

  if (isFinalStatus(state.status)) return { status: state.status, pollFailures: state.pollFailures, nextPollAt: null };

  if (outcome.kind === "job") {
    const status = mapProviderStatus(outcome.status, state.status);
    return { status, pollFailures: 0, nextPollAt: isFinalStatus(status) ? null : at(baseIntervalMs(status, options)) };
  }

  const failures = state.pollFailures + 1;
  const base = baseIntervalMs(state.status, options);
  const keep = { status: state.status, pollFailures: failures };

  if (!outcome.retryable) {
    // The job is left as it was: the provider may still be training it, and a fixed
    // key or permission lets the poller pick it up again.
    if (failures >= options.giveUpAfter) return { ...keep, nextPollAt: null, giveUp: giveUpReason(outcome.httpStatus, failures) };
    return { ...keep, nextPollAt: at(backoffMs(base, failures, options)) };
  }

  if (outcome.httpStatus === 429 && outcome.retryAfterMs !== null) {
    return { ...keep, nextPollAt: at(Math.max(base, Math.min(outcome.retryAfterMs, options.maxRetryAfterMs))) };
  }
  // 5xx, a lost connection, or a 429 that named no wait.
  return { ...keep, nextPollAt: at(backoffMs(base, failures, options)) };
}

function giveUpReason(httpStatus: number | null, failures: number): string {
  const why =
    httpStatus === 401
      ? "the provider refused the API key (401)"
      : httpStatus === 403
        ? "the provider refused access to this job (403)"
        : httpStatus === 404
          ? "the provider has no job with this id (404); it may have been deleted, or the key belongs to another organization or resource"
          : `the provider answered ${httpStatus ?? "nothing"} each time`;
  return `Stopped checking this job after ${failures} failed checks in a row: ${why}. Nothing was changed at the provider, where the job may still be running; fix the provider's settings, then check again.`;
}
