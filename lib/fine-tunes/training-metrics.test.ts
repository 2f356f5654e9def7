import { describe, expect, it } from "vitest";
import { buildTrainingSeries, finalMetrics, type TrainingEvent } from "./training-metrics";

// Shaped like GET /fine_tuning/jobs/{id}/events: newest first, metrics in data and in words.
let clock = 1_764_000_000;
function metrics(step: number, data: Record<string, number>, message?: string): TrainingEvent {
  clock += 5;
  const words = `Step ${step}/6: training loss=${data.train_loss}`;
  return {
    id: `ftevent-${step}-${clock}`,
    created_at: clock,
    level: "info",
    type: "metrics",
    message: message ?? words,
    data: { step, total_steps: 6, ...data },
  };
}
function note(message: string): TrainingEvent {
  clock += 5;
  return { id: `ftevent-msg-${clock}`, created_at: clock, level: "info", type: "message", message, data: {} };
}

const oldestFirst: TrainingEvent[] = [
  note("Validating training file: file-abc"),
  note("Fine-tuning job started"),
  metrics(1, { train_loss: 2.61, train_mean_token_accuracy: 0.41 }),
  metrics(2, { train_loss: 1.94, train_mean_token_accuracy: 0.52, valid_loss: 2.05, valid_mean_token_accuracy: 0.5 }),
  metrics(3, { train_loss: 1.32, train_mean_token_accuracy: 0.63 }),
  // The same step again, as a later page or poll may bring it: the later values win.
  metrics(3, { train_loss: 1.3, train_mean_token_accuracy: 0.64 }),
  metrics(4, { train_loss: 0.97, train_mean_token_accuracy: 0.71, valid_loss: 1.12, valid_mean_token_accuracy: 0.68 }),
  metrics(5, { train_loss: 0.81, train_mean_token_accuracy: 0.75 }),
  metrics(6, {
    train_loss: 0.72,
    train_mean_token_accuracy: 0.78,
    valid_loss: 0.9,
    valid_mean_token_accuracy: 0.74,
    full_valid_loss: 0.93,
    full_valid_mean_token_accuracy: 0.73,
  }),
  note("New fine-tuned model created"),
  note("The job has successfully completed"),
];
const events = [...oldestFirst].reverse();

describe("buildTrainingSeries", () => {
  const series = buildTrainingSeries(events);

  it("builds one sorted point per step for the training curves", () => {
    expect(series.metrics.train_loss).toEqual([
      { step: 1, value: 2.61 },
      { step: 2, value: 1.94 },
      { step: 3, value: 1.3 },
      { step: 4, value: 0.97 },
      { step: 5, value: 0.81 },
      { step: 6, value: 0.72 },
    ]);
    expect(series.metrics.train_mean_token_accuracy.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(series.totalSteps).toBe(6);
    expect(series.lastStep).toBe(6);
  });

  it("keeps validation sparse: points only where the provider measured", () => {
    expect(series.metrics.valid_loss).toEqual([
      { step: 2, value: 2.05 },
      { step: 4, value: 1.12 },
      { step: 6, value: 0.9 },
    ]);
    expect(series.metrics.valid_mean_token_accuracy.map((p) => p.step)).toEqual([2, 4, 6]);
    expect(series.metrics.full_valid_loss).toEqual([{ step: 6, value: 0.93 }]);
  });

  it("gives the same series whatever order and however often the events came", () => {
    expect(buildTrainingSeries([...oldestFirst, ...events.slice(0, 4)])).toEqual(series);
  });

  it("merges values of one step that came in separate events", () => {
    const split = buildTrainingSeries([
      { id: "a", created_at: 1, message: "", type: "metrics", data: { step: 7, train_loss: 0.5 } },
      { id: "b", created_at: 2, message: "", type: "metrics", data: { step: 7, valid_loss: 0.6 } },
    ]);
    expect(finalMetrics(split)).toMatchObject({ step: 7, train_loss: 0.5, valid_loss: 0.6 });
  });

  it("reads metrics from the message when the data carries none, and data stored as JSON text", () => {
    const fromWords = buildTrainingSeries([
      { id: "w1", created_at: 1, message: "Step 12/100: training loss=0.41, validation loss=0.52, full validation loss=0.55" },
      { id: "w2", created_at: 2, message: "Step 13/100: training loss=0.39", data: "{}" },
      { id: "j1", created_at: 3, message: "", data: JSON.stringify({ step: 14, train_loss: 0.37, total_steps: 100 }) },
    ]);
    expect(fromWords.metrics.train_loss).toEqual([
      { step: 12, value: 0.41 },
      { step: 13, value: 0.39 },
      { step: 14, value: 0.37 },
    ]);
    expect(fromWords.metrics.valid_loss).toEqual([{ step: 12, value: 0.52 }]);
    expect(fromWords.metrics.full_valid_loss).toEqual([{ step: 12, value: 0.55 }]);
    expect(fromWords.totalSteps).toBe(100);
  });

  it("ignores events without a step and values that are not finite numbers", () => {
    const odd = buildTrainingSeries([
      { id: "1", created_at: 1, message: "Files validated", data: { note: "ok" } },
      { id: "2", created_at: 2, message: "", data: { step: 1, train_loss: "NaN", valid_loss: null, train_mean_token_accuracy: "0.5" } },
      { id: "3", created_at: 3, message: "", data: "not json" },
      { id: "4", created_at: 4, message: "", data: { step: -1, train_loss: 1 } },
    ]);
    expect(odd.metrics.train_loss).toEqual([]);
    expect(odd.metrics.valid_loss).toEqual([]);
    expect(odd.metrics.train_mean_token_accuracy).toEqual([{ step: 1, value: 0.5 }]);
    expect(odd.lastStep).toBe(1);
    expect(odd.totalSteps).toBeNull();
  });
});

describe("finalMetrics", () => {
  it("takes each metric's last value, the full validation loss when measured", () => {
    expect(finalMetrics(buildTrainingSeries(events))).toEqual({
      step: 6,
      train_loss: 0.72,
      valid_loss: 0.9,
      full_valid_loss: 0.93,
      train_mean_token_accuracy: 0.78,
      valid_mean_token_accuracy: 0.74,
      full_valid_mean_token_accuracy: 0.73,
    });
  });

  it("says null where a job has no such metric yet", () => {
    // The first five events: up to step 3, validated last at step 2.
    const early = finalMetrics(buildTrainingSeries(events.slice(-5)));
    expect(early).toMatchObject({ step: 3, train_loss: 1.32, valid_loss: 2.05, full_valid_loss: null });
    expect(finalMetrics(buildTrainingSeries([]))).toMatchObject({ step: null, train_loss: null, valid_loss: null });
  });
});
