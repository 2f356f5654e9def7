import { describe, expect, it } from "vitest";
import { billedTokens, DEFAULT_TARGET_MODEL, defaultEpochs, encodingForModel, FINE_TUNABLE_MODELS, resolveModel, trainingCostUsd } from "./fine-tunable-models";
import { expectMapping } from "../test/expect-mapping";

describe("FINE_TUNABLE_MODELS", () => {
  it("has unique ids whose family is the id without its date", () => {
    const ids = FINE_TUNABLE_MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of FINE_TUNABLE_MODELS) {
      expect(m.id.startsWith(`${m.family}-`)).toBe(true);
      expect(m.id.slice(m.family.length + 1)).toMatch(/^(\d{4}|\d{4}-\d{2}-\d{2})$/);
    }
  });

  it("offers DPO on the 4o and 4.1 families only", () => {
    for (const m of FINE_TUNABLE_MODELS) {
      expect(m.methods).toContain("supervised");
      expect(m.methods.includes("dpo")).toBe(!m.family.startsWith("gpt-3.5"));
    }
  });

  it("takes images only on the vision-capable snapshots", () => {
    const withImages = FINE_TUNABLE_MODELS.filter((m) => m.acceptsImages).map((m) => m.id);
    expect(withImages.sort()).toEqual(["gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4o-2024-08-06"]);
  });

  it("includes the default target model", () => {
    expect(resolveModel(DEFAULT_TARGET_MODEL)?.id).toBe(DEFAULT_TARGET_MODEL);
  });
});

describe("resolveModel", () => {
  it("finds dated snapshots with their limits", () => {
    expect(resolveModel("gpt-3.5-turbo-0613")?.maxTokensPerExample).toBe(4_096);
    expect(resolveModel("gpt-3.5-turbo-0125")?.maxTokensPerExample).toBe(16_385);
    expect(resolveModel("gpt-4.1-nano-2025-04-14")?.maxTokensPerExample).toBe(32_768);
    expect(resolveModel("gpt-4o-2024-08-06")?.trainingUsdPer1MTokens).toBe(25);
  });

  it("reads an alias as the newest listed snapshot", () => {
    expect(resolveModel("gpt-4o-mini")?.id).toBe("gpt-4o-mini-2024-07-18");
    expect(resolveModel("gpt-4o")?.id).toBe("gpt-4o-2024-08-06");
    expect(resolveModel("gpt-3.5-turbo")?.id).toBe("gpt-3.5-turbo-0125");
    expect(resolveModel("gpt-4.1")?.id).toBe("gpt-4.1-2025-04-14");
  });

  it("accepts case, spaces, Azure spelling and fine-tuned model names", () => {
    expect(resolveModel("  GPT-4o-Mini ")?.id).toBe("gpt-4o-mini-2024-07-18");
    expect(resolveModel("gpt-35-turbo-0613")?.id).toBe("gpt-3.5-turbo-0613");
    expect(resolveModel("ft:gpt-4o-mini-2024-07-18:acme::9abc")?.id).toBe("gpt-4o-mini-2024-07-18");
  });

  it("returns undefined for unknown ids", () => {
    expect(resolveModel("gpt-5")).toBeUndefined();
    expect(resolveModel("gpt-4o-2024-05-13")).toBeUndefined();
    expect(resolveModel("")).toBeUndefined();
    expect(resolveModel("ft:")).toBeUndefined();
  });
});

describe("encodingForModel", () => {
  it("uses the table for known models", () => {
    expectMapping(encodingForModel, { "gpt-3.5-turbo": "cl100k_base", "gpt-4.1-mini-2025-04-14": "o200k_base" });
  });

  it("falls back to o200k_base except for old gpt-3.5/gpt-4 names", () => {
    expectMapping(encodingForModel, {
      "some-new-model": "o200k_base",
      "gpt-4o-2024-11-20": "o200k_base",
      "gpt-4-0613": "cl100k_base",
      "gpt-3.5-turbo-1106": "cl100k_base",
    });
  });
});

describe("defaultEpochs", () => {
  it("follows the notebook's rule", () => {
    expect(defaultEpochs(3)).toBe(25); // min(25, 33)
    expect(defaultEpochs(10)).toBe(10);
    expect(defaultEpochs(33)).toBe(3); // 99 < 100, but 100 // 33 = 3
    expect(defaultEpochs(34)).toBe(3);
    expect(defaultEpochs(8_333)).toBe(3); // 24,999 examples seen
    expect(defaultEpochs(8_334)).toBe(2); // 25,002 > 25,000
    expect(defaultEpochs(30_000)).toBe(1);
  });

  it("does not divide by zero on an empty dataset", () => {
    expect(defaultEpochs(0)).toBe(3);
  });
});

describe("billedTokens", () => {
  it("truncates each example to the limit and multiplies by epochs", () => {
    expect(billedTokens([100, 5_000, 200], 4_096, 3)).toBe(3 * (100 + 4_096 + 200));
  });

  it("uses the default epochs when none are given", () => {
    const examples = Array.from({ length: 10 }, () => 50);
    expect(billedTokens(examples, 65_536)).toBe(10 * 500);
  });

  it("prices billed tokens per million", () => {
    const mini = resolveModel("gpt-4o-mini")!;
    expect(trainingCostUsd(2_000_000, mini)).toBeCloseTo(6);
  });
});
