import { describe, expect, it } from "vitest";
import { buildTrainingSeries } from "./training-metrics";
import { chartRows } from "./chart-points";

const event = (id: string, step: number, data: Record<string, number>) => ({
  id,
  created_at: step,
  message: `Step ${step}`,
  type: "metrics",
  data: { step, ...data },
});

describe("chartRows", () => {
  it("puts each step's metrics on one row, validation only where measured", () => {
    const series = buildTrainingSeries([
      event("e2", 2, { train_loss: 0.8, valid_loss: 0.9 }),
      event("e1", 1, { train_loss: 1.2 }),
      event("e3", 3, { train_loss: 0.5, train_mean_token_accuracy: 0.7 }),
    ]);
    expect(chartRows(series)).toEqual([
      { step: 1, train_loss: 1.2 },
      { step: 2, train_loss: 0.8, valid_loss: 0.9 },
      { step: 3, train_loss: 0.5, train_mean_token_accuracy: 0.7 },
    ]);
  });

  it("is empty before training reports anything", () => {
    expect(chartRows(buildTrainingSeries([]))).toEqual([]);
  });
});
