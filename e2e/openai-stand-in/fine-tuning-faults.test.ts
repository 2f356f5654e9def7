import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiCall } from "./call-log";
import { chatExample, jsonl, refusal, upload } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// The switches tests use around fine-tuning: refusals aimed at one path and method,
// the record of what was asked, and reset.

const KEY = "sk-stand-in-switches-0123456789";
const clock = manualClock();
const { standIn, base } = standInForTests(KEY, { clock: clock.now });
const client = (maxRetries = 0) => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries });
const admin = (path: string) => `${base().replace(/\/v1$/, "/_stand-in")}${path}`;

async function trainingFile() {
  const file = await upload(client(), jsonl(chatExample, 10));
  clock.advance(1000);
  return file.id;
}

beforeEach(async () => {
  standIn.reset();
  await fetch(admin("/calls"), { method: "DELETE" });
});

describe("faults aimed at fine-tuning", () => {
  it("refuses job creation with 403 (not eligible) while uploads and reads go through", async () => {
    const set = await fetch(admin("/faults"), { method: "POST", body: JSON.stringify({ status: 403, path: "/v1/fine_tuning/jobs", method: "POST" }) });
    expect((await set.json()).fault).toMatchObject({ status: 403, method: "POST" });
    const file = await trainingFile();
    expect((await client().fineTuning.jobs.list()).data).toEqual([]);
    const refused = await refusal(client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file }));
    expect(refused).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(refused).toMatchObject({ status: 403, code: "not_eligible", type: "invalid_request_error" });
    expect(refused.error).toMatchObject({ message: expect.stringMatching(/^This organization is not eligible to create fine-tuning jobs\./) });
    // A fault with no `times` answers until cleared.
    expect(await refusal(client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file }))).toMatchObject({ status: 403 });
    await fetch(admin("/faults"), { method: "DELETE" });
    expect((await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file })).status).toBe("validating_files");
  });

  it("answers 429 with retry-after-ms, which the SDK's retries get past", async () => {
    standIn.faults.set({ status: 429, path: "/v1/files", times: 1, retryAfterMs: 1500 });
    const limited = await refusal(upload(client(), jsonl(chatExample, 10)));
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.headers?.get("retry-after-ms")).toBe("1500");
    expect(limited.headers?.get("retry-after")).toBe("2");
    expect(limited).toMatchObject({ code: "rate_limit_exceeded", type: "requests" });
    standIn.faults.set({ status: 429, path: "/v1/fine_tuning", method: "POST", times: 2, retryAfterMs: 5 });
    const file = await trainingFile();
    // Two refusals are absorbed by the SDK's two retries; one job is created, not three.
    const job = await client(2).fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file });
    expect(standIn.faults.active).toBeNull();
    expect((await client().fineTuning.jobs.list()).data.map((j) => j.id)).toEqual([job.id]);
  });

  it("answers 500 in the provider's words", async () => {
    const file = await trainingFile();
    standIn.faults.set({ status: 500, path: "/v1/fine_tuning/jobs" });
    const broken = await refusal(client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file }));
    expect(broken).toBeInstanceOf(OpenAI.InternalServerError);
    expect(broken).toMatchObject({ status: 500, type: "server_error", code: null });
    expect(broken.error).toMatchObject({ message: "The server had an error while processing your request. Sorry about that!" });
    expect((await client().files.retrieve(file)).id).toBe(file);
  });

  it("refuses a fault switch without a status or with a method that is not a string", async () => {
    expect((await fetch(admin("/faults"), { method: "POST", body: JSON.stringify({ status: 403, method: 1 }) })).status).toBe(400);
    expect((await fetch(admin("/faults"), { method: "POST", body: JSON.stringify({ path: "/v1/files" }) })).status).toBe(400);
  });
});

describe("the record of fine-tuning calls", () => {
  it("keeps method, path and body (an upload's file by name and size only) of each call that got through", async () => {
    const text = jsonl(chatExample, 10);
    const file = await upload(client(), text);
    clock.advance(1000);
    standIn.faults.set({ status: 500, path: "/v1/fine_tuning/jobs", times: 1 });
    await refusal(client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file.id }));
    await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file.id, metadata: { tuneset_job: "j1" } });
    await refusal(client().fineTuning.jobs.create({ model: "gpt-4", training_file: file.id }));
    await client().fineTuning.jobs.list({ limit: 5 });
    const { fineTuning, moderations } = (await (await fetch(admin("/calls"))).json()) as { fineTuning: ApiCall[]; moderations: unknown[] };
    expect(moderations).toEqual([]);
    expect(fineTuning.map((c) => [c.method, c.path, c.status])).toEqual([
      ["POST", "/v1/files", 200],
      ["POST", "/v1/fine_tuning/jobs", 200],
      ["POST", "/v1/fine_tuning/jobs", 400],
      ["GET", "/v1/fine_tuning/jobs", 200],
    ]);
    expect(fineTuning[0].body).toEqual({ purpose: "fine-tune", file: { filename: "train.jsonl", bytes: Buffer.byteLength(text) } });
    expect(JSON.stringify(fineTuning)).not.toContain("What is 1 + 1?");
    expect(fineTuning[1].body).toEqual({ model: "gpt-4o-mini", training_file: file.id, metadata: { tuneset_job: "j1" } });
    expect(fineTuning[3].query).toBe("limit=5");
    expect(fineTuning.filter((c) => c.method === "POST" && c.path === "/v1/fine_tuning/jobs" && c.status === 200)).toHaveLength(1);
    await fetch(admin("/calls"), { method: "DELETE" });
    expect((await (await fetch(admin("/calls"))).json()).fineTuning).toEqual([]);
  });

  it("forgets every file and job on reset", async () => {
    const file = await trainingFile();
    const job = await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file });
    expect((await fetch(admin("/reset"), { method: "POST" })).status).toBe(200);
    expect(await refusal(client().fineTuning.jobs.retrieve(job.id))).toMatchObject({ status: 404 });
    expect((await client().fineTuning.jobs.list()).data).toEqual([]);
    expect((await client().files.list()).data).toEqual([]);
  });
});
