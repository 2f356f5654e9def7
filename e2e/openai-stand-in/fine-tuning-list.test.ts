import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatExample, jsonl, refusal, upload } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// The list of jobs as Tuneset's poller reads it through the official SDK: newest
// first, its cursors, and its metadata filter.

const KEY = "sk-stand-in-listing-0123456789";
const clock = manualClock();
const { standIn, base } = standInForTests(KEY, { clock: clock.now, timing: { fileProcessingMs: 300 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });

beforeEach(() => standIn.reset());

describe("listing jobs", () => {
  it("lists newest first with after, limit and has_more, and filters on metadata", async () => {
    const training = (await upload(client(), jsonl(chatExample, 10))).id;
    clock.advance(300);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const metadata = i === 4 ? undefined : { tuneset_job: `job_${i}`, dataset: i % 2 ? "odd" : "even" };
      ids.push((await client().fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: training, metadata })).id);
    }
    const first = await client().fineTuning.jobs.list({ limit: 2 });
    expect(first.data.map((j) => j.id)).toEqual([ids[4], ids[3]]);
    expect(first.has_more).toBe(true);
    const second = await client().fineTuning.jobs.list({ limit: 2, after: ids[3] });
    expect(second.data.map((j) => j.id)).toEqual([ids[2], ids[1]]);
    const all: string[] = [];
    for await (const j of client().fineTuning.jobs.list({ limit: 2 })) all.push(j.id);
    expect(all).toEqual([...ids].reverse());
    expect((await client().fineTuning.jobs.list({ metadata: { tuneset_job: "job_2" } })).data.map((j) => j.id)).toEqual([ids[2]]);
    expect((await client().fineTuning.jobs.list({ metadata: { dataset: "even" } })).data.map((j) => j.id)).toEqual([ids[2], ids[0]]);
    expect((await client().fineTuning.jobs.list({ metadata: { dataset: "even", tuneset_job: "job_1" } })).data).toEqual([]);
    const none = await (await fetch(`${base()}/fine_tuning/jobs?metadata=null`, { headers: { authorization: `Bearer ${KEY}` } })).json();
    expect(none.data.map((j: { id: string }) => j.id)).toEqual([ids[4]]);
    expect(await refusal(client().fineTuning.jobs.list({ limit: 0 }))).toMatchObject({ status: 400, param: "limit", code: "integer_below_min_value" });
    expect(await refusal(client().fineTuning.jobs.list({ limit: 101 }))).toMatchObject({ status: 400, param: "limit", code: "integer_above_max_value" });
  });
});
