// How long the stand-in's simulated work takes. Fine-tuning is computed from a clock
// when read (no timers), so tests pass a clock they move by hand and never wait; only
// a chat completion's latency is a real pause.

/** Milliseconds since the epoch, like Date.now. */
export type Clock = () => number;

export type Timing = {
  /** An uploaded fine-tune file is `uploaded` this long, then `processed` (or `error`). */
  fileProcessingMs: number;
  /** A job's validating_files, queued and running stages. */
  validatingMs: number;
  queuedMs: number;
  runningMs: number;
  /** At most this many metrics events over a run; long runs log every n-th step, as the provider does. */
  metricsEvents: number;
  /**
   * How long a chat completion takes to answer. Unlike the stages above this is a real
   * wait (a request has to take time on the wire), so tests that must not wait pass 0.
   */
  chatMs: number;
};

export const DEFAULT_TIMING: Timing = { fileProcessingMs: 300, validatingMs: 1000, queuedMs: 1000, runningMs: 2000, metricsEvents: 20, chatMs: 15 };

const ENV: Record<keyof Timing, string> = {
  fileProcessingMs: "STAND_IN_FILE_PROCESSING_MS",
  validatingMs: "STAND_IN_VALIDATING_MS",
  queuedMs: "STAND_IN_QUEUED_MS",
  runningMs: "STAND_IN_RUNNING_MS",
  metricsEvents: "STAND_IN_METRICS_EVENTS",
  chatMs: "STAND_IN_CHAT_MS",
};

/** The timings set in the environment (for demos that want a slower run); others keep their defaults. */
export function timingFromEnv(env: Record<string, string | undefined>): Partial<Timing> {
  const timing: Partial<Timing> = {};
  for (const [key, name] of Object.entries(ENV) as [keyof Timing, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < (key === "metricsEvents" ? 1 : 0))
      throw new Error(`${name} must be a whole number of ${key === "metricsEvents" ? "events (1 or more)" : "milliseconds"}, not "${raw}".`);
    timing[key] = n;
  }
  return timing;
}
