import { describe, expect, it } from "vitest";
import { metricsAt, runAt, stepMetricsCsv, type RunPlan } from "./fine-tuning-run";

// The simulated run worked out from the clock alone: the same plan read at the same
// moment always gives the same job.

const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);
const S = 1000;

const plan = (over: Partial<RunPlan> = {}): RunPlan => ({
  jobId: "ftjob-test",
  createdMs: T0,
  seed: 42,
  trainingFile: "file-train",
  validationFile: null,
  timing: { validatingMs: S, queuedMs: S, runningMs: S, metricsEvents: 20 },
  outcome: {
    kind: "train",
    training: {
      examples: 10,
      tokens: 500,
      hyperparameters: { n_epochs: 3, batch_size: 2, learning_rate_multiplier: 1.8 },
      fineTunedModel: "ft:gpt-4o-mini-2024-07-18:stand-in::abc12345",
      hasValidation: false,
    },
  },
  ...over,
});

describe("a run's stages", () => {
  it("moves validating_files → queued → running → succeeded as time passes", () => {
    const p = plan();
    expect(runAt(p, T0).status).toBe("validating_files");
    expect(runAt(p, T0 + S - 1)).toMatchObject({ status: "validating_files", validated: false });
    expect(runAt(p, T0 + S)).toMatchObject({ status: "queued", validated: true, estimatedFinishMs: null });
    expect(runAt(p, T0 + 2 * S)).toMatchObject({ status: "running", estimatedFinishMs: T0 + 3 * S, finishedMs: null });
    expect(runAt(p, T0 + 3 * S)).toMatchObject({ status: "succeeded", finishedMs: T0 + 3 * S, estimatedFinishMs: null, error: null });
  });

  it("logs the stages, then metrics as the steps pass, checkpoints for the last three epochs, then the model", () => {
    const p = plan();
    expect(runAt(p, T0).events.map((e) => e.message)).toEqual(["Created fine-tuning job: ftjob-test", "Validating training file: file-train"]);
    // 10 examples in batches of 2 over 3 epochs: 15 steps, one metrics event each.
    const halfway = runAt(p, T0 + 2 * S + S / 2);
    const metrics = halfway.events.filter((e) => e.type === "metrics");
    expect(metrics.map((e) => e.data.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(metrics[0]).toMatchObject({
      level: "info",
      message: expect.stringMatching(/^Step 1\/15: training loss=\d\.\d\d$/),
      data: { step: 1, total_steps: 15 },
    });
    expect(Object.keys(metrics[0].data).sort()).toEqual(["step", "total_steps", "train_loss", "train_mean_token_accuracy"]);
    expect(halfway.checkpoints.map((c) => c.step)).toEqual([5]);
    const done = runAt(p, T0 + 3 * S);
    expect(done.checkpoints.map((c) => [c.step, c.model])).toEqual([
      [5, "ft:gpt-4o-mini-2024-07-18:stand-in::abc12345:ckpt-step-5"],
      [10, "ft:gpt-4o-mini-2024-07-18:stand-in::abc12345:ckpt-step-10"],
      [15, "ft:gpt-4o-mini-2024-07-18:stand-in::abc12345:ckpt-step-15"],
    ]);
    expect(done.events.at(-1)?.message).toBe("Fine tuning job successfully completed");
    expect(done.events.map((e) => e.message)).toContain("New fine-tuned model created: ft:gpt-4o-mini-2024-07-18:stand-in::abc12345");
    // Stable: the same events with the same ids on every read, in time order.
    expect(runAt(p, T0 + 3 * S).events).toEqual(done.events);
    expect(new Set(done.events.map((e) => e.id)).size).toBe(done.events.length);
    expect(done.events.map((e) => e.atMs)).toEqual([...done.events.map((e) => e.atMs)].sort((a, b) => a - b));
  });

  it("logs every n-th step of a long run, so a run gives at most about metricsEvents metrics", () => {
    const p = plan({ timing: { validatingMs: S, queuedMs: S, runningMs: S, metricsEvents: 10 } });
    if (p.outcome.kind === "train") p.outcome.training.examples = 100; // 50 steps an epoch, 150 steps
    const steps = runAt(p, T0 + 3 * S)
      .events.filter((e) => e.type === "metrics")
      .map((e) => e.data.step);
    expect(steps).toEqual([15, 30, 45, 60, 75, 90, 105, 120, 135, 150]);
  });

  it("fails at the end of validation when the files are wrong", () => {
    const error = { code: "invalid_n_examples", message: "Training file has 3 example(s), but must have at least 10 examples", param: "training_file" };
    const p = plan({ outcome: { kind: "invalid", error } });
    expect(runAt(p, T0 + S - 1)).toMatchObject({ status: "validating_files", error: null });
    const failed = runAt(p, T0 + S);
    expect(failed).toMatchObject({ status: "failed", error, finishedMs: T0 + S, validated: true });
    expect(failed.events.at(-1)).toMatchObject({ level: "error", message: error.message });
    expect(runAt(p, T0 + 10 * S).status).toBe("failed");
  });

  it("stops where it was cancelled or made to fail, keeping what happened before", () => {
    const cancelled = plan({ stop: { atMs: T0 + 2 * S + S / 3, kind: "cancelled" } });
    expect(runAt(cancelled, T0 + 2 * S).status).toBe("running");
    const later = runAt(cancelled, T0 + 10 * S);
    expect(later).toMatchObject({ status: "cancelled", finishedMs: T0 + 2 * S + S / 3, error: null, estimatedFinishMs: null });
    expect(later.events.filter((e) => e.type === "metrics")).toHaveLength(5);
    expect(later.events.at(-1)?.message).toBe("Fine-tuning job cancelled");
    expect(later.checkpoints.map((c) => c.step)).toEqual([5]);
    const error = { code: "internal_error", message: "The job failed due to an internal error. Please try again.", param: null };
    const failed = runAt(plan({ stop: { atMs: T0 + S / 2, kind: "failed", error } }), T0 + 10 * S);
    expect(failed).toMatchObject({ status: "failed", error, validated: false });
    expect(failed.events.at(-1)).toMatchObject({ level: "error", message: error.message });
  });
});

describe("the run's metrics", () => {
  it("fall from the first step to the last, the same for the same seed and different for another", () => {
    const first = metricsAt(7, 1, 100, false);
    const last = metricsAt(7, 100, 100, false);
    expect(last.train_loss).toBeLessThan(first.train_loss / 2);
    expect(last.train_mean_token_accuracy).toBeGreaterThan(first.train_mean_token_accuracy);
    expect(metricsAt(7, 50, 100, false)).toEqual(metricsAt(7, 50, 100, false));
    expect(metricsAt(8, 50, 100, false).train_loss).not.toBe(metricsAt(7, 50, 100, false).train_loss);
    for (let step = 1; step <= 100; step++) {
      const m = metricsAt(7, step, 100, false);
      expect(m.train_loss).toBeGreaterThan(0);
      expect(m.train_mean_token_accuracy).toBeGreaterThan(0);
      expect(m.train_mean_token_accuracy).toBeLessThan(1);
    }
  });

  it("report validation figures only when there is a validation file", () => {
    expect(Object.keys(metricsAt(7, 3, 10, false)).sort()).toEqual(["step", "train_loss", "train_mean_token_accuracy"]);
    const m = metricsAt(7, 10, 10, true);
    expect(Object.keys(m).sort()).toEqual([
      "full_valid_loss",
      "full_valid_mean_token_accuracy",
      "step",
      "train_loss",
      "train_mean_token_accuracy",
      "valid_loss",
      "valid_mean_token_accuracy",
    ]);
    expect(m.valid_loss).toBeGreaterThan(0);
  });

  it("write every step to the result file", () => {
    const csv = stepMetricsCsv(plan()).trim().split("\n");
    expect(csv[0]).toBe("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy");
    expect(csv).toHaveLength(16);
    expect(csv[15]).toMatch(/^15,[\d.]+,[\d.]+,,$/);
  });
});
