import OpenAI from "openai";
import { beforeAll, describe, expect, it } from "vitest";
import { chatExample, jsonl, preferenceExample, refusal, upload } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// Creating a fine-tuning job through the official SDK: every refusal names the
// parameter at fault with the provider's code, and the job created has every field of
// the spec's FineTuningJob.

const KEY = "sk-stand-in-jobs-0123456789";
const clock = manualClock();
const { base } = standInForTests(KEY, { clock: clock.now });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });

let chat = "";
let dpo = "";
let batch = "";
let broken = "";
beforeAll(async () => {
  chat = (await upload(client(), jsonl(chatExample, 10))).id;
  dpo = (await upload(client(), jsonl(preferenceExample, 10), "prefs.jsonl")).id;
  batch = (await upload(client(), "{}\n", "batch.jsonl", "batch")).id;
  broken = (await upload(client(), "not json\n", "broken.jsonl")).id;
  clock.advance(1000);
});

type Params = OpenAI.FineTuning.JobCreateParams;
const create = (body: Record<string, unknown>) => client().fineTuning.jobs.create({ model: "gpt-4o-mini-2024-07-18", training_file: chat, ...body } as Params);
const supervised = (hyperparameters: Record<string, unknown>) => ({ method: { type: "supervised", supervised: { hyperparameters } } });
const dpoWith = (hyperparameters: Record<string, unknown>) => ({ training_file: dpo, method: { type: "dpo", dpo: { hyperparameters } } });

describe("creating a fine-tuning job", () => {
  it("answers a FineTuningJob with every field of the spec, hyperparameters as asked until the files are validated", async () => {
    const job = await client().fineTuning.jobs.create({
      model: "gpt-4o-mini",
      training_file: chat,
      suffix: "support-bot",
      seed: 1234,
      metadata: { tuneset_job: "job_1" },
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2, batch_size: "auto", learning_rate_multiplier: 0.5 } } },
    });
    expect(job).toEqual({
      object: "fine_tuning.job",
      id: expect.stringMatching(/^ftjob-[0-9A-Za-z]{24}$/),
      model: "gpt-4o-mini-2024-07-18",
      created_at: Math.floor(clock.now() / 1000),
      finished_at: null,
      fine_tuned_model: null,
      organization_id: expect.stringMatching(/^org-[0-9A-Za-z]{24}$/),
      result_files: [],
      status: "validating_files",
      validation_file: null,
      training_file: chat,
      hyperparameters: { n_epochs: 2, batch_size: "auto", learning_rate_multiplier: 0.5 },
      trained_tokens: null,
      error: null,
      seed: 1234,
      estimated_finish: null,
      integrations: [],
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2, batch_size: "auto", learning_rate_multiplier: 0.5 } } },
      metadata: { tuneset_job: "job_1" },
      user_provided_suffix: "support-bot",
    });
  });

  it("picks a seed when none is given, and takes the deprecated top-level hyperparameters as supervised ones", async () => {
    const job = await create({ hyperparameters: { n_epochs: 4 } });
    expect(job.seed).toEqual(expect.any(Number));
    expect(job.method).toEqual({ type: "supervised", supervised: { hyperparameters: { n_epochs: 4, batch_size: "auto", learning_rate_multiplier: "auto" } } });
    expect(job.hyperparameters).toEqual({ n_epochs: 4, batch_size: "auto", learning_rate_multiplier: "auto" });
  });

  it("takes DPO with beta on a gpt-4o model; the top-level hyperparameters are null for it", async () => {
    const job = await create(dpoWith({ beta: 0.25 }));
    expect(job.method).toEqual({
      type: "dpo",
      dpo: { hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto", beta: 0.25 } },
    });
    expect(job.hyperparameters).toBeNull();
  });

  it("refuses bodies the spec does not allow, naming the parameter with the provider's code", async () => {
    const longKey = "k".repeat(65);
    const cases: [Record<string, unknown>, string | null, string | null][] = [
      [{ model: undefined }, "model", "missing_required_parameter"],
      [{ model: 4 }, "model", "invalid_type"],
      [{ model: "gpt-4" }, "model", "model_not_available"],
      [{ model: "ft:gpt-4o-mini-2024-07-18:stand-in::nothere1" }, "model", "model_not_available"],
      [{ training_file: undefined }, "training_file", "missing_required_parameter"],
      [{ suffix: "" }, "suffix", "string_below_min_length"],
      [{ suffix: "s".repeat(65) }, "suffix", "string_above_max_length"],
      [{ seed: 1.5 }, "seed", "invalid_type"],
      [{ seed: -1 }, "seed", "integer_below_min_value"],
      [{ seed: 2 ** 31 }, "seed", "integer_above_max_value"],
      [supervised({ n_epochs: 0 }), "method.supervised.hyperparameters.n_epochs", "integer_below_min_value"],
      [supervised({ n_epochs: 51 }), "method.supervised.hyperparameters.n_epochs", "integer_above_max_value"],
      [supervised({ n_epochs: 2.5 }), "method.supervised.hyperparameters.n_epochs", "invalid_type"],
      [supervised({ n_epochs: "many" }), "method.supervised.hyperparameters.n_epochs", "invalid_value"],
      [supervised({ batch_size: 0 }), "method.supervised.hyperparameters.batch_size", "integer_below_min_value"],
      [supervised({ batch_size: 257 }), "method.supervised.hyperparameters.batch_size", "integer_above_max_value"],
      [supervised({ learning_rate_multiplier: 0 }), "method.supervised.hyperparameters.learning_rate_multiplier", "decimal_below_min_value"],
      [supervised({ learning_rate_multiplier: "fast" }), "method.supervised.hyperparameters.learning_rate_multiplier", "invalid_value"],
      [supervised({ beta: 0.1 }), null, null],
      [dpoWith({ beta: 0 }), "method.dpo.hyperparameters.beta", "decimal_below_min_value"],
      [dpoWith({ beta: 2.5 }), "method.dpo.hyperparameters.beta", "decimal_above_max_value"],
      [dpoWith({ n_epochs: 60 }), "method.dpo.hyperparameters.n_epochs", "integer_above_max_value"],
      [{ hyperparameters: { n_epochs: 60 } }, "hyperparameters.n_epochs", "integer_above_max_value"],
      [{ hyperparameters: { batch_size: 300 } }, "hyperparameters.batch_size", "integer_above_max_value"],
      [{ hyperparameters: { n_epochs: 2 }, ...supervised({ n_epochs: 3 }) }, "hyperparameters", "invalid_value"],
      [{ method: {} }, "method.type", "missing_required_parameter"],
      [{ method: { type: "rlhf" } }, "method.type", "invalid_value"],
      [{ method: { type: "reinforcement", reinforcement: {} } }, "method.type", "invalid_value"],
      [{ model: "babbage-002", ...dpoWith({}) }, "method.type", "invalid_value"],
      [{ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"])) }, "metadata", "object_above_max_properties"],
      [{ metadata: { [longKey]: "v" } }, "metadata", "string_above_max_length"],
      [{ metadata: { note: "v".repeat(513) } }, "metadata.note", "string_above_max_length"],
      [{ metadata: { count: 3 } }, "metadata.count", "invalid_type"],
      [{ integrations: [{ type: "slack" }] }, "integrations[0].type", "invalid_value"],
      [{ integrations: [{ type: "wandb", wandb: {} }] }, "integrations[0].wandb.project", "missing_required_parameter"],
      [{ temperature: 1 }, null, null],
    ];
    for (const [body, param, code] of cases) {
      const e = await refusal(create(body));
      expect(e.status, JSON.stringify(body)).toBe(400);
      expect({ param: e.param, code: e.code, type: e.type }, JSON.stringify(body)).toEqual({ param, code, type: "invalid_request_error" });
    }
    expect((await refusal(create({ temperature: 1 }))).error).toMatchObject({ message: "Unrecognized request argument supplied: temperature" });
    expect((await refusal(create({ model: "gpt-4" }))).error).toMatchObject({ message: "Model gpt-4 is not available for fine-tuning or does not exist." });
    expect((await refusal(create({ seed: -1 }))).error).toMatchObject({
      message: "Invalid 'seed': integer below minimum value. Expected a value >= 0, but got -1 instead.",
    });
  });

  it("accepts metadata at the limits: 16 keys, keys of 64 and values of 512 characters", async () => {
    const metadata = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`${i}`.padStart(64, "k"), "v".repeat(512)]));
    expect((await create({ metadata })).metadata).toEqual(metadata);
  });

  it("refuses a training or validation file that is missing, not for fine-tuning, not processed yet, or broken", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ training_file: "file-nothere" }, "training_file", "invalid training_file: file-nothere"],
      [{ training_file: batch }, "training_file", `File ${batch} has purpose 'batch'`],
      [{ training_file: broken }, "training_file", `File ${broken} could not be processed: Invalid file format. Line 1 is not valid JSON.`],
      [{ validation_file: "file-nothere" }, "validation_file", "invalid validation_file: file-nothere"],
      [{ validation_file: batch }, "validation_file", `File ${batch} has purpose 'batch'`],
    ];
    for (const [body, param, message] of cases) {
      const e = await refusal(create(body));
      expect(e.status).toBe(400);
      expect(e.param).toBe(param);
      expect(e.code).toBe(`invalid_${param}`);
      expect((e.error as { message: string }).message).toContain(message);
    }
    const fresh = (await upload(client(), jsonl(chatExample, 10))).id;
    const notReady = await refusal(create({ training_file: fresh }));
    expect(notReady).toMatchObject({ status: 400, param: "training_file", code: "invalid_training_file" });
    expect(notReady.error).toMatchObject({ message: `File ${fresh} is not ready` });
    expect(await refusal(create({ validation_file: fresh }))).toMatchObject({ param: "validation_file", code: "invalid_validation_file" });
    clock.advance(300);
    expect((await create({ training_file: fresh })).status).toBe("validating_files");
  });

  it("answers a body that is not JSON in the provider's words", async () => {
    const res = await fetch(`${base()}/fine_tuning/jobs`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: "{model:",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/could not parse the JSON body/);
  });
});
