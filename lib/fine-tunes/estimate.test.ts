import { describe, expect, it } from "vitest";
import { defaultEpochs } from "../models/fine-tunable-models";
import { estimateJob } from "./estimate";

const base = { trainingTokensPerEpoch: 120_000, trainingExamples: 400, model: "gpt-4o-mini-2024-07-18" };

describe("estimateJob", () => {
  it("bills the chosen epochs at the model table's price", () => {
    expect(estimateJob({ ...base, n_epochs: 2 })).toEqual({
      epochs: 2,
      epochsEstimated: false,
      billedTokens: 240_000,
      costUsd: 0.72, // 0.24M tokens × $3
      priceNote: "At OpenAI's training price for gpt-4o-mini-2024-07-18, $3 per 1M tokens as of 2025-04-14; the provider's bill is final.",
    });
  });

  it("estimates auto epochs with the pre-flight check's rule", () => {
    for (const examples of [10, 20, 400, 20_000]) {
      const e = estimateJob({ ...base, trainingExamples: examples, n_epochs: "auto" });
      expect(e.epochs).toBe(defaultEpochs(examples));
      expect(e.epochsEstimated).toBe(true);
      expect(e.billedTokens).toBe(defaultEpochs(examples) * 120_000);
    }
    expect(estimateJob({ ...base, trainingExamples: 20, n_epochs: "auto" }).epochs).toBe(5);
  });

  it("resolves a family name to its newest snapshot's price", () => {
    expect(estimateJob({ ...base, model: "gpt-4.1", n_epochs: 1 }).costUsd).toBe(3); // 0.12M × $25
  });

  it("gives tokens but no price where the table's prices do not apply", () => {
    const unknown = estimateJob({ ...base, model: "my-own-model", n_epochs: 3 });
    expect(unknown).toMatchObject({ billedTokens: 360_000, costUsd: null });
    expect(unknown.priceNote).toMatch(/No price is known for my-own-model/);
    expect(estimateJob({ ...base, n_epochs: 3, provider: "azure" })).toMatchObject({ billedTokens: 360_000, costUsd: null });
    expect(estimateJob({ ...base, n_epochs: 3, provider: "compatible" }).priceNote).toMatch(/its own pricing/);
  });
});
