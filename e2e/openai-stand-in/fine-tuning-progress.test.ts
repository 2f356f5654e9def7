import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatExample, completionExample, jsonl, preferenceExample, refusal, upload } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// A job followed through the official SDK as Tuneset's poller will: retrieve, the
// events and checkpoints lists with their cursors, and cancel (the list of jobs is in
// fine-tuning-list.test.ts). The stand-in's clock is moved by hand; nothing waits.

const KEY = "sk-stand-in-progress-0123456789";
const clock = manualClock();
const S = 1000;
const { standIn, base } = standInForTests(KEY, { clock: clock.now, timing: { fileProcessingMs: 300, validatingMs: S, queuedMs: S, runningMs: S } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });
const admin = (path: string) => `${base().replace(/\/v1$/, "/_stand-in")}${path}`;

async function processed(text: string, name = "train.jsonl") {
  const file = await upload(client(), text, name);
  clock.advance(300);
  return file.id;
}

async function allEvents(id: string, limit: number) {
  const events: OpenAI.FineTuning.FineTuningJobEvent[] = [];
  for await (const e of client().fineTuning.jobs.listEvents(id, { limit })) events.push(e);
  return events;
}

beforeEach(() => standIn.reset());

describe("a fine-tuning job over time", () => {
  it("goes validating_files → queued → running → succeeded, with the model, tokens, finish time and results file at the end", async () => {
    const training = await processed(jsonl(chatExample, 10));
    const validation = await processed(jsonl(chatExample, 3), "valid.jsonl");
    const job = await client().fineTuning.jobs.create({
      model: "gpt-4o-mini-2024-07-18",
      training_file: training,
      validation_file: validation,
      suffix: "arith",
      seed: 7,
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2 } } },
    });
    const created = clock.now();
    const read = () => client().fineTuning.jobs.retrieve(job.id);
    expect((await read()).status).toBe("validating_files");
    clock.advance(S);
    // Validated: "auto" becomes numbers (10 examples: batch size 1, multiplier 1.8).
    const queued = await read();
    expect(queued).toMatchObject({ status: "queued", estimated_finish: null, fine_tuned_model: null });
    expect(queued.method?.supervised?.hyperparameters).toEqual({ n_epochs: 2, batch_size: 1, learning_rate_multiplier: 1.8 });
    expect(queued.hyperparameters).toEqual({ n_epochs: 2, batch_size: 1, learning_rate_multiplier: 1.8 });
    clock.advance(S + S / 2);
    const running = await read();
    expect(running).toMatchObject({ status: "running", estimated_finish: Math.floor((created + 3 * S) / 1000), trained_tokens: null, finished_at: null });
    const metrics = (await allEvents(job.id, 100)).filter((e) => e.type === "metrics");
    expect(metrics.map((e) => (e.data as { step: number }).step)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(metrics[0].data).toEqual({
      step: 10,
      total_steps: 20,
      train_loss: expect.any(Number),
      train_mean_token_accuracy: expect.any(Number),
      valid_loss: expect.any(Number),
      valid_mean_token_accuracy: expect.any(Number),
    });
    clock.advance(S / 2);
    const done = await read();
    expect(done).toMatchObject({
      status: "succeeded",
      fine_tuned_model: expect.stringMatching(/^ft:gpt-4o-mini-2024-07-18:stand-in:arith:[0-9A-Za-z]{8}$/),
      finished_at: Math.floor((created + 3 * S) / 1000),
      estimated_finish: null,
      error: null,
      result_files: [expect.stringMatching(/^file-/)],
    });
    // Tokens: a quarter of each example's characters, rounded up, times the epochs.
    const perEpoch = jsonl(chatExample, 10)
      .trim()
      .split("\n")
      .reduce((sum, line) => sum + Math.ceil(line.length / 4), 0);
    expect(done.trained_tokens).toBe(perEpoch * 2);
    const results = await client().files.retrieve(done.result_files[0]);
    expect(results).toMatchObject({ purpose: "fine-tune-results", filename: "step_metrics.csv", status: "processed" });
    const csv = (await (await client().files.content(results.id)).text()).trim().split("\n");
    expect(csv).toHaveLength(21);
    // The same job read again is the same job.
    expect(await read()).toEqual(done);
  });

  it("lists events newest first, a page at a time, with the losses falling over the run", async () => {
    const training = await processed(jsonl(chatExample, 10));
    const job = await client().fineTuning.jobs.create({
      model: "gpt-4o-mini",
      training_file: training,
      seed: 3,
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2 } } },
    });
    clock.advance(3 * S);
    const page = await client().fineTuning.jobs.listEvents(job.id, { limit: 3 });
    expect(page.data.map((e) => e.message)).toEqual([
      "Fine tuning job successfully completed",
      "Usage policy evaluations completed, model is now enabled for sampling",
      "Evaluating model against our usage policies",
    ]);
    expect(page.has_more).toBe(true);
    expect(page.data[0]).toEqual({
      object: "fine_tuning.job.event",
      id: expect.stringMatching(/^ftevent-/),
      created_at: expect.any(Number),
      level: "info",
      message: expect.any(String),
      type: "message",
      data: {},
    });
    const next = await client().fineTuning.jobs.listEvents(job.id, { limit: 3, after: page.data[2].id });
    expect(next.data[0].message).toMatch(/^New fine-tuned model created: ft:gpt-4o-mini-2024-07-18:stand-in::/);
    const events = await allEvents(job.id, 7);
    expect(events.slice(0, 6).map((e) => e.id)).toEqual([...page.data, ...next.data].map((e) => e.id));
    expect(events.at(-1)?.message).toBe(`Created fine-tuning job: ${job.id}`);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const losses = events.filter((e) => e.type === "metrics").map((e) => e.data as { train_loss: number; valid_loss?: number });
    expect(losses).toHaveLength(20);
    expect(losses[0].train_loss).toBeLessThan(losses.at(-1)!.train_loss);
    expect(losses.every((m) => m.valid_loss === undefined)).toBe(true);
  });

  it("lists the checkpoints of the last three epochs, newest first, a page at a time", async () => {
    const training = await processed(jsonl(chatExample, 10));
    const job = await client().fineTuning.jobs.create({
      model: "gpt-4.1-nano-2025-04-14",
      training_file: training,
      suffix: "ck",
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 4, batch_size: 2 } } },
    });
    clock.advance(2 * S + S / 2);
    expect((await client().fineTuning.jobs.checkpoints.list(job.id)).data.map((c) => c.step_number)).toEqual([10]);
    clock.advance(S / 2);
    const first = await client().fineTuning.jobs.checkpoints.list(job.id, { limit: 2 });
    expect(first.data.map((c) => c.step_number)).toEqual([20, 15]);
    expect(first.has_more).toBe(true);
    const { fine_tuned_model } = await client().fineTuning.jobs.retrieve(job.id);
    expect(first.data[0]).toEqual({
      object: "fine_tuning.job.checkpoint",
      id: expect.stringMatching(/^ftckpt_[0-9A-Za-z]{24}$/),
      created_at: expect.any(Number),
      fine_tuned_model_checkpoint: `${fine_tuned_model}:ckpt-step-20`,
      fine_tuning_job_id: job.id,
      metrics: { step: 20, train_loss: expect.any(Number), train_mean_token_accuracy: expect.any(Number) },
      step_number: 20,
    });
    const rest = await client().fineTuning.jobs.checkpoints.list(job.id, { limit: 2, after: first.data[1].id });
    expect(rest.data.map((c) => c.step_number)).toEqual([10]);
    expect(rest.has_more).toBe(false);
  });

  it("fails at the end of validation when the files are wrong, with the provider's error", async () => {
    const cases: [string, Partial<OpenAI.FineTuning.JobCreateParams>, { code: string; param: string; message: RegExp }][] = [
      [
        jsonl(chatExample, 5),
        {},
        { code: "invalid_n_examples", param: "training_file", message: /^Training file has 5 example\(s\), but must have at least 10 examples$/ },
      ],
      [
        jsonl(preferenceExample, 10),
        {},
        { code: "invalid_training_file", param: "training_file", message: /invalid training file\. Invalid file format\. Line 1: missing "messages"/ },
      ],
      [jsonl(chatExample, 10), { method: { type: "dpo" } }, { code: "invalid_training_file", param: "training_file", message: /Line 1: missing "input"/ }],
      [
        jsonl(chatExample, 10),
        { model: "babbage-002" },
        { code: "invalid_training_file", param: "training_file", message: /Line 1: expected "prompt" and "completion" strings/ },
      ],
      [
        jsonl(
          (i) => ({
            messages: [
              { role: "user", content: `q${i}` },
              { role: i === 4 ? "bot" : "assistant", content: "a" },
            ],
          }),
          10,
        ),
        {},
        { code: "invalid_training_file", param: "training_file", message: /Line 4, message 2: unrecognized role "bot"/ },
      ],
    ];
    for (const [text, params, error] of cases) {
      const training = await processed(text);
      const job = await client().fineTuning.jobs.create({ model: "gpt-4o-mini-2024-07-18", training_file: training, ...params });
      expect(job.status).toBe("validating_files");
      clock.advance(S);
      const failed = await client().fineTuning.jobs.retrieve(job.id);
      expect(failed.status, text.slice(0, 40)).toBe("failed");
      expect(failed.error).toMatchObject({ code: error.code, param: error.param, message: expect.stringMatching(error.message) });
      expect(failed.fine_tuned_model).toBeNull();
      const [last] = (await client().fineTuning.jobs.listEvents(job.id, { limit: 1 })).data;
      expect(last).toMatchObject({ level: "error", message: failed.error?.message });
    }
    const training = await processed(jsonl(chatExample, 10));
    const validation = await processed(jsonl(preferenceExample, 2), "valid.jsonl");
    const job = await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: training, validation_file: validation });
    clock.advance(S);
    expect((await client().fineTuning.jobs.retrieve(job.id)).error).toMatchObject({ code: "invalid_validation_file", param: "validation_file" });
  });

  it("trains DPO on preference lines and completion models on prompt/completion lines", async () => {
    const prefs = await processed(jsonl(preferenceExample, 10));
    const dpo = await client().fineTuning.jobs.create({
      model: "gpt-4.1-mini-2025-04-14",
      training_file: prefs,
      method: { type: "dpo", dpo: { hyperparameters: { beta: "auto" } } },
    });
    const pairs = await processed(jsonl(completionExample, 12));
    const completion = await client().fineTuning.jobs.create({ model: "davinci-002", training_file: pairs });
    clock.advance(3 * S);
    const dpoDone = await client().fineTuning.jobs.retrieve(dpo.id);
    expect(dpoDone.status).toBe("succeeded");
    expect(dpoDone.method?.dpo?.hyperparameters).toEqual({ n_epochs: 10, batch_size: 1, learning_rate_multiplier: 1.8, beta: 0.1 });
    const completionDone = await client().fineTuning.jobs.retrieve(completion.id);
    expect(completionDone).toMatchObject({ status: "succeeded", fine_tuned_model: expect.stringMatching(/^ft:davinci-002:stand-in::/) });
    // 12 examples: 100 // 12 = 8 epochs by the notebook's rule.
    expect(completionDone.hyperparameters.n_epochs).toBe(8);
  });

  it("continues from a model it fine-tuned, once that job has succeeded", async () => {
    const training = await processed(jsonl(chatExample, 10));
    const first = await client().fineTuning.jobs.create({ model: "gpt-4o-2024-08-06", training_file: training, suffix: "v1" });
    clock.advance(3 * S);
    const model = (await client().fineTuning.jobs.retrieve(first.id)).fine_tuned_model!;
    const second = await client().fineTuning.jobs.create({ model, training_file: training, suffix: "v2" });
    expect(second.model).toBe(model);
    clock.advance(3 * S);
    expect((await client().fineTuning.jobs.retrieve(second.id)).fine_tuned_model).toMatch(/^ft:gpt-4o-2024-08-06:stand-in:v2:/);
  });
});

describe("cancelling and failing a job", () => {
  it("cancels a job that has not ended, and refuses to cancel one that has", async () => {
    const training = await processed(jsonl(chatExample, 10));
    for (const [wait, before] of [
      [0, "validating_files"],
      [S, "queued"],
      [2 * S + S / 2, "running"],
    ] as const) {
      const job = await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: training });
      clock.advance(wait);
      expect((await client().fineTuning.jobs.retrieve(job.id)).status).toBe(before);
      const cancelled = await client().fineTuning.jobs.cancel(job.id);
      expect(cancelled).toMatchObject({ status: "cancelled", finished_at: Math.floor(clock.now() / 1000), fine_tuned_model: null, estimated_finish: null });
      clock.advance(10 * S);
      expect((await client().fineTuning.jobs.retrieve(job.id)).status).toBe("cancelled");
      expect((await client().fineTuning.jobs.listEvents(job.id, { limit: 1 })).data[0].message).toBe("Fine-tuning job cancelled");
      const again = await refusal(client().fineTuning.jobs.cancel(job.id));
      expect(again).toMatchObject({ status: 400, type: "invalid_request_error" });
      expect(again.error).toMatchObject({ message: `Cannot cancel job ${job.id}: it has already been cancelled.` });
    }
    const done = await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: training });
    clock.advance(3 * S);
    expect((await refusal(client().fineTuning.jobs.cancel(done.id))).error).toMatchObject({
      message: `Cannot cancel job ${done.id}: it has already succeeded.`,
    });
    const unknown = await refusal(client().fineTuning.jobs.retrieve("ftjob-nothere"));
    expect(unknown).toMatchObject({ status: 404, param: "id" });
    expect(unknown.error).toMatchObject({ message: "No such fine-tuning job: ftjob-nothere" });
    expect(await refusal(client().fineTuning.jobs.cancel("ftjob-nothere"))).toMatchObject({ status: 404 });
    expect(await refusal(client().fineTuning.jobs.listEvents("ftjob-nothere"))).toMatchObject({ status: 404 });
  });

  it("makes a running job fail on demand with the error asked for, or a default one", async () => {
    const training = await processed(jsonl(chatExample, 10));
    const job = await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: training });
    clock.advance(2 * S + 100);
    const error = { code: "quota_exceeded", message: "The job failed because the organization ran out of credits.", param: null };
    const res = await fetch(admin(`/jobs/${job.id}/fail`), { method: "POST", body: JSON.stringify(error) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "failed", error });
    expect(await client().fineTuning.jobs.retrieve(job.id)).toMatchObject({ status: "failed", error, fine_tuned_model: null, trained_tokens: null });
    expect((await fetch(admin(`/jobs/${job.id}/fail`), { method: "POST" })).status).toBe(409);
    const other = await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: training });
    const plain = await (await fetch(admin(`/jobs/${other.id}/fail`), { method: "POST" })).json();
    expect(plain.error).toEqual({ code: "internal_error", message: "The job failed due to an internal error. Please try again.", param: null });
    expect((await fetch(admin("/jobs/ftjob-nothere/fail"), { method: "POST" })).status).toBe(404);
  });
});
