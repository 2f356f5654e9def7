import { AzureOpenAI, toFile } from "openai";
import { describe, expect, it } from "vitest";
import { chatExample, jsonl, refusal } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// The Azure OpenAI flavour through the SDK's AzureOpenAI client: {endpoint}/openai/…
// with ?api-version= and an api-key header, answering in Azure's shape when refused.

const KEY = "azure-stand-in-key-0123456789";
const clock = manualClock();
const { standIn, base } = standInForTests(KEY, { clock: clock.now, timing: { validatingMs: 1000, queuedMs: 1000, runningMs: 1000 } });
const endpoint = () => base().replace(/\/v1$/, "");
const azure = (apiKey = KEY) => new AzureOpenAI({ apiKey, endpoint: endpoint(), apiVersion: "2025-04-01-preview", maxRetries: 0 });

describe("the Azure OpenAI mount", () => {
  it("uploads a file and runs a job as the OpenAI mount does", async () => {
    const file = await azure().files.create({ file: await toFile(Buffer.from(jsonl(chatExample, 10)), "train.jsonl"), purpose: "fine-tune" });
    expect(file).toMatchObject({ object: "file", purpose: "fine-tune", status: "uploaded" });
    clock.advance(300);
    const job = await azure().fineTuning.jobs.create({ model: "gpt-4o-mini-2024-07-18", training_file: file.id, suffix: "az" });
    clock.advance(3000);
    expect(await azure().fineTuning.jobs.retrieve(job.id)).toMatchObject({
      status: "succeeded",
      fine_tuned_model: expect.stringMatching(/^ft:gpt-4o-mini-2024-07-18:stand-in:az:/),
    });
    expect((await azure().fineTuning.jobs.list()).data.map((j) => j.id)).toContain(job.id);
    expect((await azure().fineTuning.jobs.listEvents(job.id, { limit: 1 })).data[0].message).toBe("Fine tuning job successfully completed");
    expect((await azure().fineTuning.jobs.checkpoints.list(job.id)).data.length).toBeGreaterThan(0);
    const call = standIn.calls.fineTuning.find((c) => c.method === "POST" && c.path === "/openai/fine_tuning/jobs");
    expect(call?.query).toBe("api-version=2025-04-01-preview");
  });

  it("answers a wrong key 401 in Azure's shape", async () => {
    const e = await refusal(azure("not-the-key").fineTuning.jobs.list());
    expect(e.status).toBe(401);
    expect(e.error).toEqual({ code: "401", message: expect.stringMatching(/^Access denied due to invalid subscription key or wrong API endpoint\./) });
    const bearer = await fetch(`${endpoint()}/openai/files?api-version=2025-04-01-preview`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(bearer.status).toBe(401);
  });

  it("requires api-version, and answers an unknown path in Azure's words", async () => {
    const missing = await fetch(`${endpoint()}/openai/fine_tuning/jobs`, { headers: { "api-key": KEY } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: { code: "MissingApiVersionParameter", message: "The api-version query parameter (?api-version=) is required for all requests." },
    });
    const unknown = await fetch(`${endpoint()}/openai/fine_tunes?api-version=2025-04-01-preview`, { headers: { "api-key": KEY } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "404", message: "Resource not found" } });
  });

  it("takes faults aimed at the OpenAI path, after its own key check", async () => {
    standIn.faults.set({ status: 403, path: "/v1/fine_tuning/jobs", method: "POST" });
    const e = await refusal(azure().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: "file-x" }));
    expect(e).toMatchObject({ status: 403, code: "not_eligible" });
    expect((await azure().fineTuning.jobs.list()).data.length).toBeGreaterThan(0);
    expect((await refusal(azure("wrong").fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: "file-x" }))).status).toBe(401);
  });
});
