import { describe, expect, it } from "vitest";
import { standInForTests } from "./stand-in-for-tests";
import { CATEGORIES } from "./classifier";

// The stand-in over HTTP, as the SDK sees it: the spec's response shape, and the
// provider's error body ({error: {message, type, param, code}}) for every refusal.

const KEY = "sk-stand-in-test-key-0123456789";
const { standIn, base } = standInForTests(KEY);

const post = (body: unknown, key: string | null = KEY, path = "/moderations") =>
  fetch(`${base()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function errorOf(res: Response) {
  const body = await res.json();
  // Exactly the four fields, always present, as the spec's Error requires.
  expect(Object.keys(body)).toEqual(["error"]);
  expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
  return body.error as { message: string; type: string; param: string | null; code: string | null };
}

describe("the stand-in's moderations endpoint", () => {
  it("classifies each string of an array, flagging only the trigger phrases", async () => {
    const res = await post({ model: "omni-moderation-latest", input: ["What a lovely day.", "I   want to KILL them."] });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.id).toMatch(/^modr-[0-9a-f]{24}$/);
    expect(body.model).toBe("omni-moderation-latest");
    expect(body.results).toHaveLength(2);
    const [calm, violent] = body.results;
    for (const r of body.results) {
      expect(Object.keys(r.categories).sort()).toEqual([...CATEGORIES].sort());
      expect(Object.keys(r.category_scores).sort()).toEqual([...CATEGORIES].sort());
      expect(r.category_applied_input_types.violence).toEqual(["text"]);
    }
    expect(calm.flagged).toBe(false);
    expect(Object.values(calm.category_scores).every((s) => (s as number) < 0.01)).toBe(true);
    expect(violent.flagged).toBe(true);
    expect(
      Object.entries(violent.categories)
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort(),
    ).toEqual(["harassment", "harassment/threatening", "violence"]);
    expect(violent.category_scores.violence).toBe(0.9971);
    // Deterministic: the same text scores the same on every call.
    const again = await (await post({ input: "What a lovely day." })).json();
    expect(again.results[0].category_scores).toEqual(calm.category_scores);
    expect(again.model).toBe("omni-moderation-latest");
  });

  it("gives one result for multi-modal parts, scoring images where the model would", async () => {
    const body = await (
      await post({
        input: [
          { type: "text", text: "I want to end my life" },
          { type: "image_url", image_url: { url: "https://example.com/a.png" } },
        ],
      })
    ).json();
    expect(body.results).toHaveLength(1);
    expect(body.results[0].categories["self-harm/intent"]).toBe(true);
    expect(body.results[0].category_applied_input_types["self-harm"]).toEqual(["text", "image"]);
    expect(body.results[0].category_applied_input_types.hate).toEqual(["text"]);
  });

  it("answers 401 in the provider's shape without a key or with a wrong one, never echoing the key", async () => {
    const missing = await post({ input: "hi" }, null);
    expect(missing.status).toBe(401);
    expect(await errorOf(missing)).toMatchObject({
      type: "invalid_request_error",
      param: null,
      code: null,
      message: expect.stringMatching(/didn't provide an API key/),
    });
    const wrong = await post({ input: "hi" }, "sk-wrong-key-abcdef123456");
    expect(wrong.status).toBe(401);
    const e = await errorOf(wrong);
    expect(e).toMatchObject({ code: "invalid_api_key", message: "Incorrect API key provided: sk-***3456." });
  });

  it("answers 400 naming the parameter for bodies the spec does not allow", async () => {
    const cases: [unknown, Partial<{ param: string | null; code: string | null; message: string }>][] = [
      ["{not json", { param: null, code: null, message: expect.stringMatching(/could not parse the JSON body/) as unknown as string }],
      [{}, { param: "input", code: "missing_required_parameter" }],
      [{ input: 42 }, { param: "input", code: "invalid_type" }],
      [{ input: [] }, { param: "input", code: "empty_array" }],
      [{ input: ["a", 2] }, { param: "input[1]", code: "invalid_type" }],
      [{ input: [{ type: "audio" }] }, { param: "input[0].type", code: "invalid_value" }],
      [
        { input: "a", model: "gpt-4o" },
        { param: "model", code: "invalid_value" },
      ],
      [
        { input: "a", temperature: 1 },
        { param: null, message: "Unrecognized request argument supplied: temperature" },
      ],
    ];
    for (const [body, expected] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorOf(res)).toMatchObject({ type: "invalid_request_error", ...expected });
    }
  });

  it("answers an unknown path as the provider does", async () => {
    const res = await post({ input: "a" }, KEY, "/moderation");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toBe("Invalid URL (POST /v1/moderation)");
  });
});

describe("injected faults", () => {
  it("answers a rate limit with retry-after-ms for the set number of requests, then serves again", async () => {
    await fetch(`${base().replace(/\/v1$/, "")}/_stand-in/faults`, { method: "POST", body: JSON.stringify({ status: 429, times: 2, retryAfterMs: 1500 }) });
    for (let i = 0; i < 2; i++) {
      const res = await post({ input: "a" });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after-ms")).toBe("1500");
      expect(res.headers.get("retry-after")).toBe("2");
      expect(await errorOf(res)).toMatchObject({ type: "requests", code: "rate_limit_exceeded" });
    }
    expect((await post({ input: "a" })).status).toBe(200);
  });

  it("refuses with 403 and 500 in the provider's words, a custom message when given, only under its path", async () => {
    standIn.faults.set({ status: 403, path: "/v1/files" });
    expect((await post({ input: "a" })).status).toBe(200);
    standIn.faults.set({ status: 403, message: "Your organization is not allowed to moderate.", path: "/v1/moderations" });
    const refused = await post({ input: "a" });
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toMatchObject({ message: "Your organization is not allowed to moderate.", code: "model_not_allowed" });
    standIn.faults.set({ status: 500 });
    const broken = await post({ input: "a" });
    expect(broken.status).toBe(500);
    expect(await errorOf(broken)).toMatchObject({
      type: "server_error",
      code: null,
      message: expect.stringMatching(/server had an error/) as unknown as string,
    });
  });

  it("checks the key before any fault, as the provider would", async () => {
    standIn.faults.set({ status: 500 });
    expect((await post({ input: "a" }, null)).status).toBe(401);
  });
});
