import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { chatRpmFromEnv, providerDuration, RequestRateLimit } from "./chat-rate-limit";
import { refusal } from "./examples-for-tests";
import { ORGANIZATION } from "./fine-tuning-jobs";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// Requests per minute per model, as the provider meters and refuses them, and the
// faults tests inject on the chat path: what the SDK sees with retries off, and that
// with retries on it waits as long as retry-after-ms says.

const KEY = "sk-stand-in-chat-rpm-0123456789";

// Frozen while a test sets the scene, then running in real time from where it stood,
// so retry-after-ms is both exact in the headers and honest for the SDK's wait.
const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);
const clock = { at: T0, since: null as number | null };
const now = () => (clock.since === null ? clock.at : clock.at + (Date.now() - clock.since));
const { standIn, base } = standInForTests(KEY, { clock: now, timing: { chatMs: 0 }, chatRpm: 2 });
const client = (maxRetries = 0) => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries });
const admin = (path: string) => `${base().replace(/\/v1$/, "/_stand-in")}${path}`;
const ask = (model = "gpt-4o-mini", maxRetries = 0) =>
  client(maxRetries)
    .chat.completions.create({ model, messages: [{ role: "user", content: "Hello" }] })
    .withResponse();

beforeEach(() => {
  standIn.reset();
  standIn.chatLimit.rpm = 2;
  clock.at = T0;
  clock.since = null;
});

describe("the requests-per-minute limit", () => {
  it("sends the x-ratelimit headers, then refuses 429 in the provider's words with retry-after", async () => {
    const first = await ask();
    expect(first.response.headers.get("x-ratelimit-limit-requests")).toBe("2");
    expect(first.response.headers.get("x-ratelimit-remaining-requests")).toBe("1");
    expect(first.response.headers.get("x-ratelimit-reset-requests")).toBe("30s");
    expect((await ask()).response.headers.get("x-ratelimit-remaining-requests")).toBe("0");
    const e = await refusal(ask());
    expect(e).toBeInstanceOf(OpenAI.RateLimitError);
    expect(e.error).toEqual({
      message: `Rate limit reached for gpt-4o-mini in organization ${ORGANIZATION.id} on requests per min (RPM): Limit 2, Used 2, Requested 1. Please try again in 30s. Visit https://platform.openai.com/account/rate-limits to learn more.`,
      type: "requests",
      param: null,
      code: "rate_limit_exceeded",
    });
    expect(Object.fromEntries([...e.headers!].filter(([k]) => k.startsWith("retry") || k.startsWith("x-ratelimit")))).toEqual({
      "retry-after": "30",
      "retry-after-ms": "30000",
      "x-ratelimit-limit-requests": "2",
      "x-ratelimit-remaining-requests": "0",
      "x-ratelimit-reset-requests": "1m0s",
    });
    // Each model has its own count; the refused one refills with time.
    expect((await ask("gpt-4.1")).response.status).toBe(200);
    clock.at += 30_000;
    expect((await ask()).response.headers.get("x-ratelimit-remaining-requests")).toBe("0");
    expect(standIn.calls.chatCompletions.map((c) => [c.model, c.status])).toEqual([
      ["gpt-4o-mini", 200],
      ["gpt-4o-mini", 200],
      ["gpt-4o-mini", 429],
      ["gpt-4.1", 200],
      ["gpt-4o-mini", 200],
    ]);
  });

  it("lets the SDK's retry through once it has waited retry-after-ms", async () => {
    await ask();
    await ask();
    // One request's worth is 1.2 s from refilled: the SDK's own first backoff (under 0.5 s) would be refused again.
    clock.at += 30_000 - 1_200;
    clock.since = Date.now();
    const { data, response } = await ask("gpt-4o-mini", 2);
    expect(response.status).toBe(200);
    expect(data.choices[0].message.content).toMatch(/^About "Hello"/);
    expect(standIn.calls.chatCompletions.map((c) => c.status)).toEqual([200, 200, 429, 200]);
  });

  it("can be changed or lifted while running; reset forgets the counts", async () => {
    expect(await (await fetch(admin("/chat-rate-limit"), { method: "POST", body: JSON.stringify({ rpm: 1 }) })).json()).toEqual({ rpm: 1 });
    await ask();
    expect((await refusal(ask())).status).toBe(429);
    standIn.reset();
    expect(standIn.calls.chatCompletions).toEqual([]);
    expect((await ask()).response.status).toBe(200);
    expect((await fetch(admin("/chat-rate-limit"), { method: "POST", body: JSON.stringify({ rpm: 0 }) })).status).toBe(400);
    await fetch(admin("/chat-rate-limit"), { method: "POST", body: JSON.stringify({ rpm: null }) });
    expect(await (await fetch(admin("/chat-rate-limit"))).json()).toEqual({ rpm: null });
    const free = await ask();
    expect(free.response.headers.get("x-ratelimit-limit-requests")).toBe("10000");
  });

  it("meters with a bucket that refills over the minute, and reads its limit from the environment", () => {
    const c = manualClock();
    const limit = new RequestRateLimit(c.now, 3);
    expect(limit.take("m")).toEqual({ ok: true, state: { limit: 3, remaining: 2, resetMs: 20_000 } });
    limit.take("m");
    limit.take("m");
    expect(limit.take("m")).toEqual({ ok: false, refusal: { limit: 3, remaining: 0, resetMs: 60_000, retryAfterMs: 20_000 } });
    c.advance(5_000);
    expect(limit.take("m")).toMatchObject({ ok: false, refusal: { retryAfterMs: 15_000 } });
    c.advance(15_000);
    expect(limit.take("m")).toMatchObject({ ok: true, state: { remaining: 0 } });
    const none = new RequestRateLimit(c.now, null);
    for (let i = 0; i < 3; i++) expect(none.take("m").ok).toBe(true);
    expect(["20", "1500", "60000", "372000", "0.4"].map((ms) => providerDuration(Number(ms)))).toEqual(["20ms", "1.5s", "1m0s", "6m12s", "1ms"]);
    expect(chatRpmFromEnv(undefined)).toBeNull();
    expect(chatRpmFromEnv("60")).toBe(60);
    expect(() => chatRpmFromEnv("fast")).toThrow('STAND_IN_CHAT_RPM must be a whole number of requests per minute (1 or more), not "fast".');
  });
});

describe("faults on the chat path", () => {
  beforeEach(() => {
    standIn.chatLimit.rpm = null;
  });

  it("answers an injected 429 with retry-after-ms, naming the model; the SDK's retry gets through", async () => {
    standIn.faults.set({ status: 429, path: "/v1/chat/completions", times: 1 });
    const e = await refusal(ask("gpt-4.1-mini"));
    expect(e).toMatchObject({ status: 429, code: "rate_limit_exceeded", type: "requests" });
    expect(e.message).toMatch(/^429 Rate limit reached for gpt-4\.1-mini in organization org-/);
    expect(e.headers?.get("retry-after-ms")).toBe("20");
    standIn.faults.set({ status: 429, path: "/v1/chat/completions", times: 2 });
    expect((await ask("gpt-4.1-mini", 2)).response.status).toBe(200);
  });

  it("answers 500 and 403 as the provider would, only for the path and method aimed at", async () => {
    standIn.faults.set({ status: 500, path: "/v1/chat/completions" });
    expect(await refusal(ask())).toBeInstanceOf(OpenAI.InternalServerError);
    standIn.faults.set({ status: 403, path: "/v1/chat/completions", method: "POST" });
    const denied = await refusal(ask("gpt-4o"));
    expect(denied).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(denied.error).toEqual({
      message: "Project `proj_standin` does not have access to model `gpt-4o`",
      type: "invalid_request_error",
      param: null,
      code: "model_not_found",
    });
    standIn.faults.set({ status: 403, path: "/v1/files" });
    expect((await ask()).response.status).toBe(200);
    standIn.faults.set({ status: 403, path: "/v1/chat/completions", method: "GET" });
    expect((await ask()).response.status).toBe(200);
    // Refused before they reach the endpoint, faults leave no chat call behind.
    standIn.faults.set({ status: 500, path: "/v1/chat/completions" });
    standIn.calls.chatCompletions.length = 0;
    await refusal(ask());
    expect(standIn.calls.chatCompletions).toEqual([]);
  });

  it("checks the key first", async () => {
    standIn.faults.set({ status: 500 });
    const e = await refusal(
      new OpenAI({ apiKey: "sk-wrong-key-0000000000", baseURL: base(), maxRetries: 0 }).chat.completions.create({
        model: "gpt-4o",
        messages: [{ role: "user", content: "x" }],
      }),
    );
    expect(e.status).toBe(401);
  });
});
