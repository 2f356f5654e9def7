import { describe, expect, it } from "vitest";
import { LaunchRequestSchema, type LaunchRequestInput } from "../validation/launch-request";
import { buildJobCreateParams, jobMetadata, modelForProvider, type JobParamsInput } from "./job-params";
import { PROVIDER_KINDS, type ProviderKind } from "./fine-tune-vocabulary";

const refs = { datasetId: "ds_1", snapshotId: "snap_1", snapshotNumber: 3, jobId: "job_1" };
const KEY = "ts_0123456789abcdefghijkl";

function build(fields: Partial<LaunchRequestInput>, provider: ProviderKind = "openai", extra: Partial<JobParamsInput> = {}) {
  const request = LaunchRequestSchema.parse({ model: "gpt-4o-mini-2024-07-18", provider, ...fields });
  return buildJobCreateParams({ request, provider, trainingFileId: "file-train", validationFileId: null, idempotencyKey: KEY, refs, ...extra });
}

const ourMetadata = {
  tuneset_idempotency_key: KEY,
  tuneset_job: "job_1",
  tuneset_snapshot: "snap_1",
  tuneset_snapshot_number: "3",
  tuneset_dataset: "ds_1",
};

describe("buildJobCreateParams", () => {
  describe.each(PROVIDER_KINDS)("for %s", (provider) => {
    const metadata = provider === "azure" ? undefined : ourMetadata;

    it("sends supervised hyperparameters under method, never at the top level", () => {
      const params = build({ n_epochs: "4", batch_size: 16, learning_rate_multiplier: "0.3" }, provider);
      expect(params).toEqual({
        model: "gpt-4o-mini-2024-07-18",
        training_file: "file-train",
        method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 4, batch_size: 16, learning_rate_multiplier: 0.3 } } },
        ...(metadata ? { metadata } : {}),
      });
      expect(params).not.toHaveProperty("hyperparameters");
    });

    it("sends DPO hyperparameters with beta under method.dpo", () => {
      const params = build({ method: "dpo", n_epochs: 2, beta: "0.2" }, provider);
      expect(params.method).toEqual({ type: "dpo", dpo: { hyperparameters: { n_epochs: 2, beta: 0.2 } } });
      expect(params).not.toHaveProperty("hyperparameters");
      expect(params.metadata).toEqual(metadata);
    });

    it("leaves every auto value out so the provider picks it from the data", () => {
      expect(build({}, provider).method).toEqual({ type: "supervised", supervised: { hyperparameters: {} } });
      expect(build({ method: "dpo", learning_rate_multiplier: 2 }, provider).method).toEqual({
        type: "dpo",
        dpo: { hyperparameters: { learning_rate_multiplier: 2 } },
      });
    });
  });

  it("adds the validation file, suffix and seed only when given (seed 0 included)", () => {
    const params = build({ suffix: "support-v2", seed: "0" }, "openai", { validationFileId: "file-valid" });
    expect(params).toMatchObject({ validation_file: "file-valid", suffix: "support-v2", seed: 0 });
    const plain = build({});
    for (const key of ["validation_file", "suffix", "seed"]) expect(plain).not.toHaveProperty(key);
  });

  it("spells the 3.5 models Azure's way only for Azure", () => {
    expect(build({ model: "gpt-3.5-turbo-0125" }, "azure").model).toBe("gpt-35-turbo-0125");
    expect(build({ model: "gpt-3.5-turbo-0125" }, "openai").model).toBe("gpt-3.5-turbo-0125");
    expect(modelForProvider("gpt-4.1-mini-2025-04-14", "azure")).toBe("gpt-4.1-mini-2025-04-14");
  });
});

describe("jobMetadata", () => {
  it("stays within the API's limits and refuses values it would have to cut", () => {
    const metadata = jobMetadata({ idempotencyKey: KEY, refs });
    expect(Object.keys(metadata).length).toBeLessThanOrEqual(16);
    for (const [k, v] of Object.entries(metadata)) {
      expect(k.length).toBeLessThanOrEqual(64);
      expect(v.length).toBeLessThanOrEqual(512);
    }
    expect(() => jobMetadata({ idempotencyKey: KEY, refs: { ...refs, jobId: "x".repeat(513) } })).toThrow(/tuneset_job must be 1 to 512/);
  });
});
