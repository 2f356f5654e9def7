import type { Resolved } from "./hyperparameters";
import { stableId } from "./ids";
import type { Timing } from "./timing";

// A job's life, worked out from the clock whenever it is read: validating_files →
// queued → running → succeeded, each stage as long as the stand-in's timing says, or
// failed at the end of validation when the files are wrong, or stopped early (cancelled,
// or failed on demand). Nothing runs in the background, so any number of readers see
// the same job, and a test that moves its clock by hand sees every stage.
// Metrics are made up but plausible: losses fall from about 2 toward a floor, with
// noise drawn from the job's seed, so the same seed gives the same curve every time.

export type JobStatus = "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled";

export type JobError = { code: string; message: string; param: string | null };

export type Training = { examples: number; tokens: number; hyperparameters: Resolved; fineTunedModel: string; hasValidation: boolean };

export type RunPlan = {
  jobId: string;
  createdMs: number;
  seed: number;
  trainingFile: string;
  validationFile: string | null;
  timing: Pick<Timing, "validatingMs" | "queuedMs" | "runningMs" | "metricsEvents">;
  /** What validation finds: the training to run, or why the job fails. */
  outcome: { kind: "train"; training: Training } | { kind: "invalid"; error: JobError };
  /** A cancel, or a failure asked for by a test. */
  stop?: { atMs: number; kind: "cancelled" } | { atMs: number; kind: "failed"; error: JobError };
};

export type Metrics = {
  step: number;
  train_loss: number;
  train_mean_token_accuracy: number;
  valid_loss?: number;
  valid_mean_token_accuracy?: number;
};

export type RunEvent = {
  id: string;
  atMs: number;
  level: "info" | "warn" | "error";
  message: string;
  type: "message" | "metrics";
  data: Record<string, unknown>;
};

export type RunCheckpoint = {
  id: string;
  atMs: number;
  step: number;
  model: string;
  metrics: Metrics & { full_valid_loss?: number; full_valid_mean_token_accuracy?: number };
};

export type RunState = {
  status: JobStatus;
  /** Whether validation is over, so "auto" hyperparameters have their numbers. */
  validated: boolean;
  error: JobError | null;
  /** Chronological, up to now. */
  events: RunEvent[];
  checkpoints: RunCheckpoint[];
  finishedMs: number | null;
  estimatedFinishMs: number | null;
};

/** A stable number in [0, 1) for the seed, step and purpose (FNV-1a). */
function unit(seed: number, step: number, what: string): number {
  const text = `${seed}:${step}:${what}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export const stepsOf = (t: Training) => Math.ceil(t.examples / t.hyperparameters.batch_size) * t.hyperparameters.n_epochs;

/** The metrics the run reports at `step` of `total`; valid_* only with a validation file. */
export function metricsAt(
  seed: number,
  step: number,
  total: number,
  hasValidation: boolean,
): Metrics & { full_valid_loss?: number; full_valid_mean_token_accuracy?: number } {
  const start = 1.6 + 1.2 * unit(seed, 0, "start");
  const floor = 0.12 + 0.25 * unit(seed, 0, "floor");
  const smooth = floor + (start - floor) * Math.exp((-4 * step) / total);
  const accuracy = (loss: number) => clamp(1 - 0.3 * loss, 0.3, 0.99);
  const train = smooth * (1 + 0.16 * (unit(seed, step, "train") - 0.5));
  const m: ReturnType<typeof metricsAt> = {
    step,
    train_loss: round(train),
    train_mean_token_accuracy: round(accuracy(train) + 0.02 * (unit(seed, step, "acc") - 0.5)),
  };
  if (!hasValidation) return m;
  const gap = 1.05 + 0.1 * unit(seed, 0, "gap");
  const valid = smooth * gap * (1 + 0.2 * (unit(seed, step, "valid") - 0.5));
  return {
    ...m,
    valid_loss: round(valid),
    valid_mean_token_accuracy: round(accuracy(valid)),
    full_valid_loss: round(smooth * gap),
    full_valid_mean_token_accuracy: round(accuracy(smooth * gap)),
  };
}

/** Every event and checkpoint of the run if nothing stops it, in order, and when it ends. */
function timeline(plan: RunPlan): { events: RunEvent[]; checkpoints: RunCheckpoint[]; endMs: number } {
  const { jobId, createdMs: t0, timing } = plan;
  const validated = t0 + timing.validatingMs;
  const drafts: Omit<RunEvent, "id">[] = [];
  const say = (atMs: number, message: string, level: RunEvent["level"] = "info") => drafts.push({ atMs, level, message, type: "message", data: {} });
  say(t0, `Created fine-tuning job: ${jobId}`);
  say(t0, `Validating training file: ${plan.trainingFile}${plan.validationFile ? ` and validation file: ${plan.validationFile}` : ""}`);
  const checkpoints: RunCheckpoint[] = [];
  let endMs = validated;
  if (plan.outcome.kind === "invalid") {
    say(validated, plan.outcome.error.message, "error");
  } else {
    const t = plan.outcome.training;
    const started = validated + timing.queuedMs;
    endMs = started + timing.runningMs;
    const total = stepsOf(t);
    const at = (step: number) => started + Math.round((timing.runningMs * step) / total);
    say(validated, "Files validated, moving job to queued state");
    say(started, "Fine-tuning job started");
    const stride = Math.ceil(total / timing.metricsEvents);
    const perEpoch = total / t.hyperparameters.n_epochs;
    const checkpointSteps = new Set(Array.from({ length: Math.min(3, t.hyperparameters.n_epochs) }, (_, i) => total - i * perEpoch));
    for (let step = 1; step <= total; step++) {
      if (step % stride === 0 || step === total) {
        const { full_valid_loss: _l, full_valid_mean_token_accuracy: _a, ...m } = metricsAt(plan.seed, step, total, t.hasValidation);
        const valid = m.valid_loss === undefined ? "" : `, validation loss=${m.valid_loss.toFixed(2)}`;
        drafts.push({
          atMs: at(step),
          level: "info",
          type: "metrics",
          message: `Step ${step}/${total}: training loss=${m.train_loss.toFixed(2)}${valid}`,
          data: { ...m, total_steps: total },
        });
      }
      if (checkpointSteps.has(step)) {
        const model = `${t.fineTunedModel}:ckpt-step-${step}`;
        checkpoints.push({
          id: stableId("ftckpt_", `${jobId}:checkpoint:${step}`),
          atMs: at(step),
          step,
          model,
          metrics: metricsAt(plan.seed, step, total, t.hasValidation),
        });
        say(at(step), `Checkpoint created at step ${step} with Snapshot ID: ${model}`);
      }
    }
    say(endMs, `New fine-tuned model created: ${t.fineTunedModel}`);
    say(endMs, "Evaluating model against our usage policies");
    say(endMs, "Usage policy evaluations completed, model is now enabled for sampling");
    say(endMs, "Fine tuning job successfully completed");
  }
  return { events: drafts.map((d, i) => ({ ...d, id: stableId("ftevent-", `${jobId}:event:${i}`) })), checkpoints, endMs };
}

/** The job as it stands at `now`. */
export function runAt(plan: RunPlan, now: number): RunState {
  const { events, checkpoints, endMs } = timeline(plan);
  const stop = plan.stop && plan.stop.atMs <= now ? plan.stop : undefined;
  const until = stop ? stop.atMs : now;
  const seen = events.filter((e) => e.atMs <= until);
  const validatedAt = plan.createdMs + plan.timing.validatingMs;
  const base = { validated: until >= validatedAt, checkpoints: checkpoints.filter((c) => c.atMs <= until), estimatedFinishMs: null };
  if (stop) {
    const error = stop.kind === "failed" ? stop.error : null;
    const last: RunEvent = {
      id: stableId("ftevent-", `${plan.jobId}:event:stop`),
      atMs: stop.atMs,
      type: "message",
      data: {},
      ...(error ? { level: "error", message: error.message } : { level: "info", message: "Fine-tuning job cancelled" }),
    };
    return { ...base, status: stop.kind, error, events: [...seen, last], finishedMs: stop.atMs };
  }
  if (now < validatedAt) return { ...base, status: "validating_files", error: null, events: seen, finishedMs: null };
  if (plan.outcome.kind === "invalid") return { ...base, status: "failed", error: plan.outcome.error, events: seen, finishedMs: validatedAt };
  if (now >= endMs) return { ...base, status: "succeeded", error: null, events: seen, finishedMs: endMs };
  const running = now >= validatedAt + plan.timing.queuedMs;
  return { ...base, status: running ? "running" : "queued", error: null, events: seen, finishedMs: null, estimatedFinishMs: running ? endMs : null };
}

/** The result file's contents: every step's metrics as CSV (the provider's step_metrics.csv columns). */
export function stepMetricsCsv(plan: RunPlan): string {
  if (plan.outcome.kind !== "train") return "";
  const t = plan.outcome.training;
  const total = stepsOf(t);
  const rows = ["step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy"];
  for (let step = 1; step <= total; step++) {
    const m = metricsAt(plan.seed, step, total, t.hasValidation);
    rows.push([step, m.train_loss, m.train_mean_token_accuracy, m.valid_loss ?? "", m.valid_mean_token_accuracy ?? ""].join(","));
  }
  return rows.join("\n") + "\n";
}
