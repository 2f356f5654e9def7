import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { createStandIn } from "../../../e2e/openai-stand-in/server";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { countConversations } from "../../db/conversations/list-conversations";
import { openAIClientFromEnv } from "../../providers/provider-client";

const openAIClient = (env: Record<string, string | undefined> = process.env, o?: { maxRetries?: number }) => openAIClientFromEnv(env, o);
import { createModerationScan, executeModerationScan, type ScanOptions } from "./run-moderation-scan";
import { setModerationEnabled } from "../../db/moderation/set-moderation-enabled";
import { latestModerationRun, moderationCounts } from "../../db/moderation/moderation-status";
import { getModerationVerdict } from "../../db/moderation/get-moderation-verdict";
import { ModerationScanRequestSchema } from "../../validation/moderation";
import { patchConversation } from "../../test/patch-conversation";
import { turn } from "../../test/turns";
import { scopeOf, conversationScope } from "../../test/test-scope";

// Scans against a real SQLite file and the local stand-in of the provider's API, which
// flags texts with its trigger phrases (e2e/openai-stand-in/README.md).

const KEY = "sk-moderation-scan-test-00112233";
const standIn = createStandIn({ apiKey: KEY });

beforeAll(async () => {
  process.env.OPENAI_BASE_URL = await standIn.listen(0);
  process.env.OPENAI_API_KEY = KEY;
});
afterAll(async () => {
  await standIn.close();
  await closeDb();
});
beforeEach(() => {
  standIn.faults.clear();
  standIn.calls.moderations.length = 0;
});

const chat = (user: string, assistant = "Here is what I know.") =>
  JSON.stringify({
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  });

async function dataset(name: string, lines: string[]) {
  const { dataset } = await importText(name, lines.join("\n"));
  await setModerationEnabled(scopeOf(dataset.id), { enabled: true }, await commandLineActor());
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
  return { id: dataset.id, ids };
}

async function scan(datasetId: string, input: object = {}, o: ScanOptions = {}) {
  await executeModerationScan(await createModerationScan(scopeOf(datasetId), ModerationScanRequestSchema.parse(input), await commandLineActor()), o);
  return (await latestModerationRun(scopeOf(datasetId)))!;
}

const sentInputs = () => standIn.calls.moderations.flatMap((c) => c.inputs);

describe("a moderation scan", () => {
  it("records each record's verdict, counts the flagged ones and writes an audit event", async () => {
    const { id, ids } = await dataset("scan basics", [
      chat("How do I bake bread?"),
      chat("I want to kill them."),
      chat("Tell me about tides.", "Tides follow the moon."),
    ]);
    const run = await scan(id);
    expect(run).toMatchObject({
      status: "done",
      mode: "unscanned",
      processed: 3,
      total: 3,
      flagged: 1,
      failure: null,
      model: "omni-moderation-latest",
      startedBy: "Command line",
    });
    expect(run.host).toBe(new URL(process.env.OPENAI_BASE_URL!).host);
    expect(getModerationVerdict(conversationScope(ids[1]), ids[1])).toMatchObject({
      flagged: true,
      categories: ["violence", "harassment/threatening", "harassment"],
      top: { category: "violence", score: 0.9971 },
    });
    expect(getModerationVerdict(conversationScope(ids[0]), ids[0])).toMatchObject({ flagged: false, categories: [] });
    expect(moderationCounts(scopeOf(id))).toEqual({ records: 3, scanned: 3, flagged: 1, unscanned: 0 });
    expect(await countConversations(scopeOf(id), { moderation: "flagged" })).toBe(1);
    // The three short records went in one request, each as one input.
    expect(standIn.calls.moderations).toHaveLength(1);
    expect(sentInputs()).toEqual([
      "How do I bake bread?\n\nHere is what I know.",
      "I want to kill them.\n\nHere is what I know.",
      "Tell me about tides.\n\nTides follow the moon.",
    ]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { datasetId: id, action: "moderation.scan_started" } });
    expect(event).toMatchObject({ targetType: "moderation_run", targetId: run.id });
    expect(event.summary).toMatch(/^Started a moderation scan of scan basics \(records not scanned since their last edit\), sending 3 records to /);
  });

  it("skips records scanned since their last edit, and scans an edited one again", async () => {
    const { id, ids } = await dataset("scan again", [chat("First question"), chat("Second question")]);
    await scan(id);
    standIn.calls.moderations.length = 0;
    expect(await scan(id)).toMatchObject({ status: "done", processed: 0, total: 0 });
    expect(standIn.calls.moderations).toHaveLength(0);

    await patchConversation(
      ids[0],
      {
        version: 1,
        messages: [turn("user", "Those people are vermin."), turn("assistant", "I won't say that.")],
      },
      await commandLineActor(),
    );
    expect(getModerationVerdict(conversationScope(ids[0]), ids[0])).toBeNull();
    expect(moderationCounts(scopeOf(id))).toMatchObject({ scanned: 1, unscanned: 1 });
    expect(await scan(id)).toMatchObject({ status: "done", processed: 1, flagged: 1 });
    expect(sentInputs()).toEqual(["Those people are vermin.\n\nI won't say that."]);
    expect(getModerationVerdict(conversationScope(ids[0]), ids[0])?.categories).toEqual(["hate", "harassment"]);

    standIn.calls.moderations.length = 0;
    expect(await scan(id, { mode: "all" })).toMatchObject({ status: "done", processed: 2, total: 2, flagged: 1 });
    expect(sentInputs()).toHaveLength(2);
  });

  it("scans only a table filter's records when given one", async () => {
    const { id, ids } = await dataset("scan filter", [chat("I want to end my life"), chat("how to hurt myself")]);
    await patchConversation(ids[1], { version: 1, labels: ["check"] }, await commandLineActor());
    expect(await scan(id, { filter: { label: "check" } })).toMatchObject({ status: "done", processed: 1, flagged: 1, filtered: true });
    expect(getModerationVerdict(conversationScope(ids[0]), ids[0])).toBeNull();
    expect(getModerationVerdict(conversationScope(ids[1]), ids[1])?.categories).toEqual(["self-harm", "self-harm/instructions"]);
  });

  it("keeps requests within the limits, splitting long texts and joining a record's parts", async () => {
    const long = `${"calm words ".repeat(30)}blood and guts everywhere`;
    const { id, ids } = await dataset("scan limits", [chat(long), chat("short one"), chat("short two")]);
    const limits = { charsPerInput: 100, inputsPerRequest: 3, charsPerRequest: 250 };
    expect(await scan(id, {}, { limits })).toMatchObject({ status: "done", processed: 3, flagged: 1 });
    for (const call of standIn.calls.moderations) {
      expect(call.inputs.length).toBeLessThanOrEqual(3);
      expect(call.inputs.join("").length).toBeLessThanOrEqual(250);
      expect(call.inputs.every((i) => i.length <= 100)).toBe(true);
    }
    expect(standIn.calls.moderations.length).toBeGreaterThan(1);
    expect(getModerationVerdict(conversationScope(ids[0]), ids[0])).toMatchObject({ flagged: true, categories: ["violence", "violence/graphic"] });
  });

  it("refuses to start while switched off or without a key, and one scan at a time", async () => {
    const { id } = await dataset("scan refusals", [chat("hello")]);
    const actor = await commandLineActor();
    await setModerationEnabled(scopeOf(id), { enabled: false }, actor);
    await expect(createModerationScan(scopeOf(id), ModerationScanRequestSchema.parse({}), actor)).rejects.toThrow(/pre-scan is off for this dataset/);
    await setModerationEnabled(scopeOf(id), { enabled: true }, actor);
    delete process.env.OPENAI_API_KEY;
    try {
      await expect(createModerationScan(scopeOf(id), ModerationScanRequestSchema.parse({}), actor)).rejects.toThrow(/^Set OPENAI_API_KEY on the server/);
    } finally {
      process.env.OPENAI_API_KEY = KEY;
    }
    // Refused at the edge now: the schema every caller parses with.
    expect(() => ModerationScanRequestSchema.parse({ mode: "some" })).toThrow(/mode must be one of unscanned, all/);
    const first = await createModerationScan(scopeOf(id), ModerationScanRequestSchema.parse({}), actor);
    await expect(createModerationScan(scopeOf(id), ModerationScanRequestSchema.parse({}), actor)).rejects.toThrow(/already running/);
    await executeModerationScan(first);
  });
});

describe("a scan whose server stopped", () => {
  it("reads as stopped once its heartbeat is long silent, and does not block the next scan", async () => {
    const { id } = await dataset("scan interrupted", [chat("hello")]);
    const actor = await commandLineActor();
    const orphan = await createModerationScan(scopeOf(id), ModerationScanRequestSchema.parse({}), actor);
    expect(await latestModerationRun(scopeOf(id))).toMatchObject({ status: "running" });
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await db().moderationRun.update({ where: { id: orphan.runId }, data: { startedAt: longAgo, heartbeatAt: longAgo } });
    expect(await latestModerationRun(scopeOf(id))).toMatchObject({
      status: "failed",
      failure: expect.stringMatching(/^The server stopped before this scan finished/),
    });
    await executeModerationScan(await createModerationScan(scopeOf(id), ModerationScanRequestSchema.parse({}), actor));
    expect(await db().moderationRun.findUniqueOrThrow({ where: { id: orphan.runId } })).toMatchObject({ status: "failed" });
    expect(await latestModerationRun(scopeOf(id))).toMatchObject({ status: "done", processed: 1 });
  });
});

describe("a scan the provider refuses", () => {
  it("stops on a 403 with the provider's message, sending nothing more", async () => {
    const { id } = await dataset("scan 403", [chat("a"), chat("b")]);
    standIn.faults.set({ status: 403, message: "Project proj_9 is not allowed to use moderations." });
    const run = await scan(id);
    expect(run).toMatchObject({ status: "failed", processed: 0, flagged: 0 });
    expect(run.failure).toMatch(/refused the request \(HTTP 403\): “Project proj_9 is not allowed to use moderations\.”/);
    expect(moderationCounts(scopeOf(id)).scanned).toBe(0);
  });

  it("stops on a 401 naming the key's variable", async () => {
    const { id } = await dataset("scan 401", [chat("a")]);
    const run = await scan(id, {}, { client: openAIClient({ OPENAI_API_KEY: "sk-wrong-wrong-wrong-1234", OPENAI_BASE_URL: process.env.OPENAI_BASE_URL }) });
    expect(run.failure).toMatch(/refused the API key \(HTTP 401\): “Incorrect API key provided: sk-\*\*\*1234\.”.*Check OPENAI_API_KEY/);
  });

  it("keeps the pages scanned before a rate limit, names the wait, and the next scan picks up the rest", async () => {
    const { id } = await dataset(
      "scan 429",
      Array.from({ length: 70 }, (_, i) => chat(`question ${i}`)),
    );
    // The first page (64 records) is two requests of 32; the second page's request is refused on all three attempts.
    const client = openAIClient();
    const create = client.moderations.create.bind(client.moderations);
    let calls = 0;
    client.moderations.create = ((body: Parameters<typeof create>[0], options?: Parameters<typeof create>[1]) => {
      if (++calls === 3) standIn.faults.set({ status: 429, retryAfterMs: 30 });
      return create(body, options);
    }) as typeof create;
    const run = await scan(id, {}, { client });
    expect(run).toMatchObject({ status: "failed", processed: 64, total: 70 });
    expect(run.failure).toMatch(
      /kept answering “too many requests” \(HTTP 429\) on 3 attempts: .*It asked to wait 1 s \(retry-after\) before trying again\. The 64 records scanned before the stop keep their verdicts/,
    );
    standIn.faults.clear();
    expect(await scan(id)).toMatchObject({ status: "done", processed: 6, total: 6 });
    expect(moderationCounts(scopeOf(id))).toMatchObject({ scanned: 70, unscanned: 0 });
  });

  it("stops on a server error and on an unreachable host", async () => {
    const { id } = await dataset("scan 5xx", [chat("a")]);
    standIn.faults.set({ status: 503, retryAfterMs: 1 });
    expect((await scan(id)).failure).toMatch(/had a server error \(HTTP 503\) on 3 attempts: “The engine is currently overloaded, please try again later\.”/);
    standIn.faults.clear();
    const closed = openAIClient({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `http://127.0.0.1:${await freePort()}/v1` }, { maxRetries: 0 });
    expect((await scan(id, {}, { client: closed })).failure).toMatch(/^Could not reach .* \(ECONNREFUSED\)/);
  });

  it("stops when a lead turns the pre-scan off, and leaves an edited record without a stale verdict", async () => {
    const { id, ids } = await dataset(
      "scan turned off",
      Array.from({ length: 66 }, (_, i) => chat(`item ${i}`)),
    );
    const actor = await commandLineActor();
    const client = openAIClient();
    const create = client.moderations.create.bind(client.moderations);
    let calls = 0;
    client.moderations.create = (async (body: Parameters<typeof create>[0], options?: Parameters<typeof create>[1]) => {
      if (++calls > 1) return create(body, options);
      // While the first request is out: one record is edited, and the lead turns the scan off.
      await patchConversation(
        ids[0],
        {
          version: 1,
          messages: [turn("user", "changed"), turn("assistant", "ok")],
        },
        actor,
      );
      await setModerationEnabled(scopeOf(id), { enabled: false }, actor);
      return create(body, options);
    }) as typeof create;
    const run = await scan(id, {}, { client });
    expect(run).toMatchObject({ status: "failed", processed: 64 });
    expect(run.failure).toMatch(/turned off while it ran, so nothing more was sent/);
    expect(getModerationVerdict(conversationScope(ids[0]), ids[0])).toBeNull();
    expect(getModerationVerdict(conversationScope(ids[1]), ids[1])).not.toBeNull();
    expect(moderationCounts(scopeOf(id)).scanned).toBe(63);
  });
});

/** A port nothing listens on: bound, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
