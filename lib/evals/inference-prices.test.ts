import { describe, expect, it } from "vitest";
import { baseOfFineTunedModel, inferenceCostUsd, inferencePrice } from "./inference-prices";

describe("inference prices", () => {
  it("prices a base model by its family, dated or not", () => {
    expect(inferencePrice("gpt-4o-mini-2024-07-18")).toEqual({ input: 0.15, output: 0.6, fineTuned: false });
    expect(inferencePrice("gpt-4o-mini")).toEqual({ input: 0.15, output: 0.6, fineTuned: false });
    expect(inferencePrice("gpt-4o-2024-08-06")?.input).toBe(2.5);
  });

  it("prices a fine-tune, and its checkpoints, at the fine-tuned rate of its base", () => {
    expect(baseOfFineTunedModel("ft:gpt-4.1-mini-2025-04-14:acme:support:B7x")).toBe("gpt-4.1-mini-2025-04-14");
    expect(inferencePrice("ft:gpt-4.1-mini-2025-04-14:acme:support:B7x")).toEqual({ input: 0.8, output: 3.2, fineTuned: true });
    expect(inferencePrice("ft:gpt-4o-mini-2024-07-18:acme::B7x:ckpt-step-90")?.fineTuned).toBe(true);
  });

  it("gives no price rather than a guess for a model it does not know", () => {
    expect(inferencePrice("llama-3-70b")).toBeNull();
    expect(inferenceCostUsd("ft:mistral-7b:me::x", 1000, 1000)).toBeNull();
  });

  it("adds input and output at their own rates", () => {
    expect(inferenceCostUsd("gpt-4o-mini", 1_000_000, 500_000)).toBeCloseTo(0.15 + 0.3, 10);
  });
});
