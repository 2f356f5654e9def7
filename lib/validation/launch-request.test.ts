import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LaunchRequestSchema, SweepRequestSchema, SWEEP_IDEMPOTENCY_KEY_MAX_LENGTH } from "./launch-request";

const MODEL = "gpt-4o-mini-2024-07-18";

function fieldErrors<T>(result: z.ZodSafeParseResult<T>) {
  if (result.success) throw new Error("expected the input to be refused");
  return z.flattenError(result.error);
}

describe("LaunchRequestSchema", () => {
  it("fills the defaults: openai, supervised, every hyperparameter auto", () => {
    expect(LaunchRequestSchema.parse({ model: MODEL })).toEqual({
      provider: "openai",
      model: MODEL,
      method: "supervised",
      n_epochs: "auto",
      batch_size: "auto",
      learning_rate_multiplier: "auto",
      beta: "auto",
    });
  });

  it("reads a form's strings: numbers coerced, blanks mean auto or not given", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      provider: "azure",
      model: ` ${MODEL} `,
      method: "dpo",
      n_epochs: "3",
      batch_size: "",
      learning_rate_multiplier: "0.5",
      beta: " 0.1 ",
      suffix: "",
      seed: "42",
      idempotencyKey: "",
    }))
      form.set(k, v);
    expect(LaunchRequestSchema.parse(Object.fromEntries(form))).toEqual({
      provider: "azure",
      model: MODEL,
      method: "dpo",
      n_epochs: 3,
      batch_size: "auto",
      learning_rate_multiplier: 0.5,
      beta: 0.1,
      seed: 42,
    });
  });

  it("takes JSON numbers and the word auto in any case", () => {
    const parsed = LaunchRequestSchema.parse({ model: MODEL, n_epochs: 50, batch_size: "AUTO", learning_rate_multiplier: 1e-3 });
    expect(parsed).toMatchObject({ n_epochs: 50, batch_size: "auto", learning_rate_multiplier: 0.001 });
  });

  it.each([
    ["n_epochs", "0", "n_epochs must be auto or a whole number from 1 to 50"],
    ["n_epochs", "51", "n_epochs must be auto or a whole number from 1 to 50"],
    ["n_epochs", "2.5", "n_epochs must be auto or a whole number from 1 to 50"],
    ["n_epochs", "three", "n_epochs must be auto or a whole number from 1 to 50"],
    ["batch_size", 257, "batch_size must be auto or a whole number from 1 to 256"],
    ["learning_rate_multiplier", "0", "learning_rate_multiplier must be auto or a number greater than 0"],
    ["learning_rate_multiplier", "0x10", "learning_rate_multiplier must be auto or a number greater than 0"],
    ["learning_rate_multiplier", true, "learning_rate_multiplier must be auto or a number greater than 0"],
  ])("refuses %s = %j and names the field and its range", (field, value, message) => {
    const errors = fieldErrors(LaunchRequestSchema.safeParse({ model: MODEL, [field]: value }));
    expect(errors.fieldErrors).toEqual({ [field]: [message] });
  });

  it("bounds beta for DPO and refuses it for supervised", () => {
    const high = fieldErrors(LaunchRequestSchema.safeParse({ model: MODEL, method: "dpo", beta: "2.5" }));
    expect(high.fieldErrors.beta).toEqual(["beta must be auto or a number greater than 0 and at most 2"]);
    expect(LaunchRequestSchema.parse({ model: MODEL, method: "dpo", beta: "2" }).beta).toBe(2);
    const sft = fieldErrors(LaunchRequestSchema.safeParse({ model: MODEL, beta: "0.1" }));
    expect(sft.fieldErrors.beta).toEqual(["beta applies only to method dpo: leave it auto, or choose method dpo"]);
  });

  it("refuses DPO on a known model that only trains supervised, but not on a compatible endpoint", () => {
    const errors = fieldErrors(LaunchRequestSchema.safeParse({ model: "gpt-3.5-turbo", method: "dpo" }));
    expect(errors.fieldErrors.method?.[0]).toMatch(/^gpt-3\.5-turbo-0125 can be fine-tuned only with method supervised/);
    expect(LaunchRequestSchema.safeParse({ provider: "compatible", model: "gpt-3.5-turbo", method: "dpo" }).success).toBe(true);
  });

  it("checks the suffix: characters, 64 for OpenAI, 40 for Azure", () => {
    expect(LaunchRequestSchema.parse({ model: MODEL, suffix: " support-v2_b " }).suffix).toBe("support-v2_b");
    expect(fieldErrors(LaunchRequestSchema.safeParse({ model: MODEL, suffix: "v1.2" })).fieldErrors.suffix).toEqual([
      "suffix may contain only letters, digits, - and _ (no spaces or dots)",
    ]);
    expect(LaunchRequestSchema.safeParse({ model: MODEL, suffix: "a".repeat(64) }).success).toBe(true);
    expect(fieldErrors(LaunchRequestSchema.safeParse({ model: MODEL, suffix: "a".repeat(65) })).fieldErrors.suffix).toEqual([
      "suffix must be at most 64 characters",
    ]);
    expect(fieldErrors(LaunchRequestSchema.safeParse({ provider: "azure", model: MODEL, suffix: "a".repeat(41) })).fieldErrors.suffix).toEqual([
      "suffix must be at most 40 characters for Azure OpenAI",
    ]);
    expect(fieldErrors(LaunchRequestSchema.safeParse({ provider: "azure", model: MODEL, suffix: "a".repeat(65) })).fieldErrors.suffix).toEqual([
      "suffix must be at most 64 characters",
    ]);
  });

  it("checks seed, provider, method, model and the idempotency key", () => {
    const errors = fieldErrors(
      LaunchRequestSchema.safeParse({ provider: "anthropic", model: " ", method: "rl", seed: "2147483648", idempotencyKey: "short" }),
    ).fieldErrors;
    expect(errors.provider).toEqual(["provider must be one of openai, azure, compatible"]);
    expect(errors.model).toEqual(["model is required, e.g. gpt-4o-mini-2024-07-18"]);
    expect(errors.method).toEqual(["method must be one of supervised, dpo"]);
    expect(errors.seed).toEqual(["seed must be a whole number from 0 to 2147483647"]);
    expect(errors.idempotencyKey).toEqual(["idempotencyKey must be 8 to 100 letters, digits, - or _"]);
    expect(LaunchRequestSchema.parse({ model: MODEL, seed: "0", idempotencyKey: "a".repeat(100) })).toMatchObject({ seed: 0 });
  });
});

describe("SweepRequestSchema", () => {
  it("reads axes written as lists or as arrays, dropping repeats in order", () => {
    const parsed = SweepRequestSchema.parse({
      model: MODEL,
      n_epochs_values: "3, 2,3",
      learning_rate_multiplier_values: [0.5, "1", "auto"],
      batch_size_values: "",
    });
    expect(parsed.n_epochs_values).toEqual([3, 2]);
    expect(parsed.learning_rate_multiplier_values).toEqual([0.5, 1, "auto"]);
    expect(parsed.batch_size_values).toBeUndefined();
  });

  it("says how many jobs a grid would make when it is over the limit", () => {
    const errors = fieldErrors(SweepRequestSchema.safeParse({ model: MODEL, n_epochs_values: "1,2,3,4", learning_rate_multiplier_values: "0.5,1,2" }));
    expect(errors.formErrors).toEqual([
      "this grid would launch 12 jobs (4 n_epochs × 3 learning_rate_multiplier values); a sweep launches at most 9, so remove some values",
    ]);
    expect(SweepRequestSchema.safeParse({ model: MODEL, n_epochs_values: "1,2,3", learning_rate_multiplier_values: "0.5,1,2" }).success).toBe(true);
  });

  it("refuses a grid of one job, a bad axis value, and an axis given twice", () => {
    expect(fieldErrors(SweepRequestSchema.safeParse({ model: MODEL, n_epochs_values: "3" })).formErrors[0]).toMatch(/at least two values/);
    expect(fieldErrors(SweepRequestSchema.safeParse({ model: MODEL, batch_size_values: "8,0" })).fieldErrors.batch_size_values).toEqual([
      "batch_size_values: “0” is not allowed: batch_size must be auto or a whole number from 1 to 256",
    ]);
    expect(fieldErrors(SweepRequestSchema.safeParse({ model: MODEL, n_epochs: 3, n_epochs_values: "2,4" })).fieldErrors.n_epochs).toEqual([
      "give n_epochs or n_epochs_values, not both: the sweep sets n_epochs from its values",
    ]);
  });

  it("keeps room in the idempotency key for each job's number", () => {
    const base = { model: MODEL, n_epochs_values: "2,3" };
    expect(SweepRequestSchema.safeParse({ ...base, idempotencyKey: "k".repeat(SWEEP_IDEMPOTENCY_KEY_MAX_LENGTH) }).success).toBe(true);
    expect(SweepRequestSchema.safeParse({ ...base, idempotencyKey: "k".repeat(SWEEP_IDEMPOTENCY_KEY_MAX_LENGTH + 1) }).success).toBe(false);
  });
});
