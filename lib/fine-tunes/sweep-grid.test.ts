import { describe, expect, it } from "vitest";
import { defaultEpochs } from "../models/fine-tunable-models";
import { LaunchRequestSchema, SweepRequestSchema, type SweepRequestInput } from "../validation/launch-request";
import { estimateSweepCost, expandSweep, uniqueSuffixes } from "./sweep-grid";

const MODEL = "gpt-4o-mini-2024-07-18";
const sweep = (fields: Partial<SweepRequestInput>) => SweepRequestSchema.parse({ model: MODEL, ...fields });

describe("expandSweep", () => {
  it("makes every combination, the first axis varying slowest", () => {
    const jobs = expandSweep(sweep({ suffix: "support", n_epochs_values: "2,3", learning_rate_multiplier_values: [0.5, 1, 2], batch_size: "8" }));
    expect(jobs.map((j) => [j.n_epochs, j.learning_rate_multiplier, j.batch_size])).toEqual([
      [2, 0.5, 8],
      [2, 1, 8],
      [2, 2, 8],
      [3, 0.5, 8],
      [3, 1, 8],
      [3, 2, 8],
    ]);
    expect(jobs.map((j) => j.suffix)).toEqual(["support-e2-lr0p5", "support-e2-lr1", "support-e2-lr2", "support-e3-lr0p5", "support-e3-lr1", "support-e3-lr2"]);
  });

  it("gives launch requests the launch schema accepts, with the sweep's other fields", () => {
    const jobs = expandSweep(sweep({ provider: "azure", method: "dpo", beta: "0.1", seed: 7, batch_size_values: "auto,16" }));
    expect(jobs).toHaveLength(2);
    for (const job of jobs) expect(LaunchRequestSchema.parse(job)).toEqual(job);
    expect(jobs[0]).toEqual({
      provider: "azure",
      model: MODEL,
      method: "dpo",
      n_epochs: "auto",
      batch_size: "auto",
      learning_rate_multiplier: "auto",
      beta: 0.1,
      seed: 7,
      suffix: "bauto",
    });
    expect(jobs[1]).toMatchObject({ batch_size: 16, suffix: "b16" });
  });

  it("numbers the sweep's idempotency key per job, so a resubmission finds the same jobs", () => {
    const jobs = expandSweep(sweep({ idempotencyKey: "sweep_key_123", n_epochs_values: "1,2,3" }));
    expect(jobs.map((j) => j.idempotencyKey)).toEqual(["sweep_key_123-1", "sweep_key_123-2", "sweep_key_123-3"]);
    expect(expandSweep(sweep({ n_epochs_values: "1,2" }))[0]).not.toHaveProperty("idempotencyKey");
  });

  it("shortens the user's suffix, not the part that tells jobs apart, to the provider's limit", () => {
    const long = "a".repeat(64);
    const jobs = expandSweep(sweep({ suffix: long, n_epochs_values: "2,3", learning_rate_multiplier_values: "0.05,0.1" }));
    for (const job of jobs) expect(job.suffix!.length).toBeLessThanOrEqual(64);
    expect(jobs[0].suffix).toBe(`${"a".repeat(64 - "-e2-lr0p05".length)}-e2-lr0p05`);
    const azure = expandSweep(sweep({ provider: "azure", suffix: "a".repeat(40), n_epochs_values: "2,3" }));
    expect(azure.map((j) => j.suffix)).toEqual([`${"a".repeat(37)}-e2`, `${"a".repeat(37)}-e3`]);
  });

  it("refuses a hand-built grid over the job limit", () => {
    const request = { ...sweep({ n_epochs_values: "1,2" }), n_epochs_values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
    expect(() => expandSweep(request)).toThrow(/10 jobs; a sweep launches at most 9/);
  });
});

describe("uniqueSuffixes", () => {
  it("numbers suffixes that would otherwise come out the same, within the limit", () => {
    expect(uniqueSuffixes("run", ["lr0p000001234", "lr0p000001235"], 12)).toEqual(["lr0p00000123", "lr0p000001-2"]);
    expect(uniqueSuffixes(undefined, ["", ""], 64)).toEqual(["1", "2"]);
    expect(uniqueSuffixes("base__", ["e1", "e2"], 64)).toEqual(["base-e1", "base-e2"]);
  });
});

describe("estimateSweepCost", () => {
  const budget = { trainingTokensPerEpoch: 50_000, trainingExamples: 20 };

  it("adds up each job's tokens and cost, auto epochs by the pre-flight rule", () => {
    const cost = estimateSweepCost(expandSweep(sweep({ n_epochs_values: "auto,1,2" })), budget);
    expect(defaultEpochs(20)).toBe(5);
    expect(cost.jobs.map((j) => [j.suffix, j.epochs, j.billedTokens, j.costUsd])).toEqual([
      ["eauto", 5, 250_000, 0.75],
      ["e1", 1, 50_000, 0.15],
      ["e2", 2, 100_000, 0.3],
    ]);
    expect(cost.totalTokens).toBe(400_000);
    expect(cost.totalCostUsd).toBe(1.2);
    expect(cost.priceNote).toMatch(/\$3 per 1M tokens/);
  });

  it("gives no total cost when a job's price is unknown", () => {
    const cost = estimateSweepCost(expandSweep(sweep({ provider: "compatible", model: "local-llama", n_epochs_values: "1,2" })), budget);
    expect(cost.totalTokens).toBe(150_000);
    expect(cost.totalCostUsd).toBeNull();
  });
});
