import OpenAI, { toFile } from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatExample, jsonl, refusal, upload } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// The Files endpoints through the official SDK, as Tuneset uploads its training files.

const KEY = "sk-stand-in-files-0123456789";
const clock = manualClock();
const { standIn, base } = standInForTests(KEY, { clock: clock.now, timing: { fileProcessingMs: 300 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });
const admin = (path: string) => `${base().replace(/\/v1$/, "/_stand-in")}${path}`;

beforeEach(() => standIn.reset());

describe("uploading a file for fine-tuning", () => {
  it("answers an OpenAIFile that is uploaded, then processed once processing time has passed", async () => {
    const text = jsonl(chatExample, 10);
    const file = await upload(client(), text);
    expect(file).toEqual({
      id: expect.stringMatching(/^file-[0-9A-Za-z]{22}$/),
      object: "file",
      bytes: Buffer.byteLength(text),
      created_at: Math.floor(clock.now() / 1000),
      expires_at: null,
      filename: "train.jsonl",
      purpose: "fine-tune",
      status: "uploaded",
      status_details: null,
    });
    clock.advance(299);
    expect((await client().files.retrieve(file.id)).status).toBe("uploaded");
    clock.advance(1);
    expect(await client().files.retrieve(file.id)).toEqual({ ...file, status: "processed" });
  });

  it("marks a file with a line that is not JSON as error, saying which line", async () => {
    const file = await upload(client(), `${JSON.stringify(chatExample(1))}\n\n{"messages": [\n`);
    clock.advance(300);
    const read = await client().files.retrieve(file.id);
    expect(read.status).toBe("error");
    expect(read.status_details).toMatch(/^Invalid file format\. Line 3 is not valid JSON\./);
  });

  it("refuses what the spec does not allow, naming the parameter", async () => {
    const bogus = await refusal(upload(client(), "{}", "a.jsonl", "fine-tuning" as OpenAI.FilePurpose));
    expect(bogus).toMatchObject({ status: 400, param: "purpose", code: "invalid_value" });
    expect(bogus.message).toContain("'fine-tuning' is not one of ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'] - 'purpose'");
    const csv = await refusal(upload(client(), "a,b\n", "train.csv"));
    expect(csv).toMatchObject({ status: 400, param: "file", code: "invalid_file_format", message: expect.stringContaining("Must be .jsonl") });
    const noPurpose = await refusal(client().files.create({ file: await toFile(Buffer.from("{}"), "a.jsonl") } as OpenAI.FileCreateParams));
    expect(noPurpose).toMatchObject({ status: 400, param: "purpose", code: "missing_required_parameter" });
    const noFile = await refusal(client().files.create({ purpose: "fine-tune" } as OpenAI.FileCreateParams));
    expect(noFile).toMatchObject({ status: 400, param: "file", code: "missing_required_parameter" });
    const expiry = await refusal(
      client().files.create({ file: await toFile(Buffer.from("{}"), "a.jsonl"), purpose: "batch", expires_after: { anchor: "created_at", seconds: 60 } }),
    );
    expect(expiry).toMatchObject({ status: 400, param: "expires_after.seconds", code: "integer_below_min_value" });
    const asJson = await fetch(`${base()}/files`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(asJson.status).toBe(400);
    expect((await asJson.json()).error.message).toMatch(/^Invalid Content-Type header \(application\/json\), expected multipart\/form-data/);
  });

  it("sets expires_at for batch files (30 days) and when asked", async () => {
    const created = Math.floor(clock.now() / 1000);
    expect((await upload(client(), "{}\n", "b.jsonl", "batch")).expires_at).toBe(created + 30 * 24 * 3600);
    const asked = await client().files.create({
      file: await toFile(Buffer.from("{}\n"), "c.jsonl"),
      purpose: "fine-tune",
      expires_after: { anchor: "created_at", seconds: 7200 },
    });
    expect(asked.expires_at).toBe(created + 7200);
  });
});

describe("reading, listing and deleting files", () => {
  it("lists newest first, filters by purpose and pages with after and limit", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await upload(client(), jsonl(chatExample, 1), `f${i}.jsonl`)).id);
      clock.advance(1000);
    }
    const batch = await upload(client(), "{}\n", "batch.jsonl", "batch");
    const firstPage = await client().files.list({ purpose: "fine-tune", limit: 2 });
    expect(firstPage.data.map((f) => f.id)).toEqual([ids[4], ids[3]]);
    expect(firstPage.has_more).toBe(true);
    const all: string[] = [];
    for await (const f of client().files.list({ purpose: "fine-tune", limit: 2 })) all.push(f.id);
    expect(all).toEqual([...ids].reverse());
    const oldestFirst = await client().files.list({ order: "asc", limit: 10 });
    expect(oldestFirst.data.map((f) => f.id)).toEqual([...ids, batch.id]);
    expect(oldestFirst.has_more).toBe(false);
    const raw = await (await fetch(`${base()}/files?limit=1`, { headers: { authorization: `Bearer ${KEY}` } })).json();
    expect(raw).toMatchObject({ object: "list", first_id: batch.id, last_id: batch.id, has_more: true });
  });

  it("deletes a file, and answers 404 in the provider's words for a file it does not have", async () => {
    const file = await upload(client(), jsonl(chatExample, 1));
    expect(await client().files.delete(file.id)).toEqual({ id: file.id, object: "file", deleted: true });
    const gone = await refusal(client().files.retrieve(file.id));
    expect(gone).toMatchObject({ status: 404, param: "id", code: null, type: "invalid_request_error" });
    expect(gone.error).toMatchObject({ message: `No such File object: ${file.id}` });
    expect(await refusal(client().files.delete(file.id))).toMatchObject({ status: 404 });
    expect(await refusal(client().files.content("file-doesnotexist"))).toMatchObject({ status: 404 });
  });

  it("hands back the contents of a batch file but not of a fine-tune one, which tests read from the switch instead", async () => {
    const batch = await upload(client(), '{"custom_id":"1"}\n', "b.jsonl", "batch");
    expect(await (await client().files.content(batch.id)).text()).toBe('{"custom_id":"1"}\n');
    const text = jsonl(chatExample, 2);
    const training = await upload(client(), text);
    const refused = await refusal(client().files.content(training.id));
    expect(refused).toMatchObject({ status: 400, message: expect.stringContaining("Not allowed to download files of purpose: fine-tune") });
    expect(await (await fetch(admin(`/files/${training.id}/content`))).text()).toBe(text);
  });

  it("forgets every file on reset", async () => {
    const file = await upload(client(), "{}\n");
    expect((await fetch(admin("/reset"), { method: "POST" })).status).toBe(200);
    expect(await refusal(client().files.retrieve(file.id))).toMatchObject({ status: 404 });
    expect((await client().files.list()).data).toEqual([]);
  });
});
