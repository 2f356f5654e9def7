import { describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { createServer as createHttpServer } from "node:http";
import { standInForTests } from "../../e2e/openai-stand-in/stand-in-for-tests";
import { openAIClientFromEnv as openAIClient } from "./provider-client";
import { classifyProviderError, describeProviderError, NO_PROVIDER_MESSAGE, retryAfterSeconds, type ProviderFailure } from "./provider-error";

// The SDK against the local stand-in: each refusal the provider can give comes back as
// a plain explanation quoting the provider's own message, after the SDK's own retries.

const KEY = "sk-provider-error-test-0123456789";
const { standIn, base } = standInForTests(KEY);

const host = () => new URL(base()).host;

async function failureOf(env: Record<string, string>): Promise<ProviderFailure> {
  try {
    await openAIClient(env).moderations.create({ model: "omni-moderation-latest", input: ["hello"] });
  } catch (e) {
    return describeProviderError(e, { host: new URL(env.OPENAI_BASE_URL).host, attempts: 3, afterwards: "Records already scanned are kept." });
  }
  throw new Error("the request succeeded");
}

const scan = (key = KEY) => failureOf({ OPENAI_API_KEY: key, OPENAI_BASE_URL: base() });

describe("a provider's refusal, explained", () => {
  it("401: the key was refused; the key itself is not repeated", async () => {
    const f = await scan("sk-not-the-right-key-998877");
    expect(f).toMatchObject({ kind: "bad_key", status: 401 });
    expect(f.message).toMatch(
      new RegExp(
        `^${host()} refused the API key \\(HTTP 401\\): “Incorrect API key provided: sk-\\*\\*\\*8877\\.” \\(request ID req_standin_\\d+\\)\\. Check OPENAI_API_KEY on the server`,
      ),
    );
    expect(f.message).not.toContain("sk-not-the-right-key-998877");
  });

  it("403: a refusal quoting the provider, with what to check", async () => {
    standIn.faults.set({ status: 403, message: "Project proj_x may not use omni-moderation-latest." });
    const f = await scan();
    expect(f).toMatchObject({ kind: "refused", status: 403 });
    expect(f.message).toContain("refused the request (HTTP 403): “Project proj_x may not use omni-moderation-latest.”");
    expect(f.message).toMatch(/may not use this endpoint or model/);
  });

  it("400 about eligibility or quota is a refusal too; other 400s are not", async () => {
    standIn.faults.set({ status: 400 });
    expect(await scan()).toMatchObject({
      kind: "refused",
      status: 400,
      message: expect.stringContaining("“Your organization is not eligible for this endpoint.”"),
    });
    standIn.faults.set({ status: 400, message: "You exceeded your current quota, please check your plan and billing details.", code: "insufficient_quota" });
    expect((await scan()).kind).toBe("quota");
    standIn.faults.set({ status: 400, message: "Invalid 'input': string too long.", code: "string_above_max_length" });
    expect(await scan()).toMatchObject({ kind: "bad_request", message: expect.stringContaining("rejected the request (HTTP 400)") });
  });

  it("429: the SDK retries twice, then the wait the provider asked for is named", async () => {
    standIn.faults.set({ status: 429, times: 2, retryAfterMs: 5 });
    // Two refusals are absorbed by the SDK's retries: the third attempt gets through.
    await expect(openAIClient({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: base() }).moderations.create({ input: "hello" })).resolves.toMatchObject({
      results: [{ flagged: false }],
    });
    standIn.faults.set({ status: 429, times: 3, retryAfterMs: 400 });
    const f = await scan();
    expect(standIn.faults.active).toBeNull();
    expect(f).toMatchObject({ kind: "rate_limited", status: 429, retryAfterSeconds: 1 });
    expect(f.message).toMatch(/kept answering “too many requests” \(HTTP 429\) on 3 attempts: “Rate limit reached for omni-moderation-latest/);
    expect(f.message).toMatch(/It asked to wait 1 s \(retry-after\) before trying again\. Records already scanned are kept\.$/);
  });

  it("429 for an empty account is about quota, not waiting", async () => {
    standIn.faults.set({ status: 429, retryAfterMs: 1, message: "You exceeded your current quota.", type: "insufficient_quota", code: "insufficient_quota" });
    expect(await scan()).toMatchObject({ kind: "quota", message: expect.stringContaining("has no quota left") });
  });

  it("5xx after the retries: the provider's trouble, try later", async () => {
    standIn.faults.set({ status: 500, retryAfterMs: 1 });
    const f = await scan();
    expect(f).toMatchObject({ kind: "server_error", status: 500 });
    expect(f.message).toContain("had a server error (HTTP 500) on 3 attempts: “The server had an error while processing your request. Sorry about that!”");
  });

  it("no answer at all: the host could not be reached, with the network's reason", async () => {
    const port = await freePort();
    const f = await failureOf({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` });
    expect(f).toMatchObject({ kind: "unreachable", status: null });
    expect(f.message).toBe(
      `Could not reach 127.0.0.1:${port} (ECONNREFUSED), on 3 attempts. Check OPENAI_BASE_URL and that this server can reach that address. Records already scanned are kept.`,
    );
  });

  it("reads retry-after in milliseconds, seconds or as a date", () => {
    expect(retryAfterSeconds(new Headers({ "retry-after-ms": "1200" }))).toBe(2);
    expect(retryAfterSeconds(new Headers({ "retry-after": "7" }))).toBe(7);
    expect(retryAfterSeconds(new Headers({ "retry-after": new Date(60_000).toUTCString() }), 0)).toBe(60);
    expect(retryAfterSeconds(new Headers())).toBeNull();
  });
});

describe("an answer that is not an OpenAI-style error", () => {
  // A host answering with its own page or service text: the SDK puts that body in its
  // message; the explanation must quote only a parsed error message, never the body.
  async function answeredBy(status: number, contentType: string, body: string) {
    const server = createHttpServer((_req, res) => res.writeHead(status, { "content-type": contentType }).end(body));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
    try {
      await openAIClient({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: url }, { maxRetries: 0 }).moderations.create({ input: "hello" });
      throw new Error("the request succeeded");
    } catch (e) {
      return { facts: classifyProviderError(e), failure: describeProviderError(e, { host: new URL(url).host, attempts: 1 }) };
    } finally {
      server.close();
    }
  }

  it("a text or HTML body is not repeated", async () => {
    const { facts, failure } = await answeredBy(403, "text/plain", "internal admin service: delete-all refused, token=abc123");
    expect(facts).toMatchObject({ kind: "refused", status: 403, providerMessage: NO_PROVIDER_MESSAGE });
    expect(failure.message).not.toContain("delete-all");
    const page = await answeredBy(502, "text/html", "<html><body>router admin console</body></html>");
    expect(JSON.stringify(page)).not.toContain("router admin");
  });

  it("a JSON body without an error object is not repeated either; an error's message is", async () => {
    expect((await answeredBy(400, "application/json", '{"users":[{"name":"root"}]}')).failure.message).not.toContain("root");
    const quoted = await answeredBy(400, "application/json", '{"error":{"message":"Unknown model.","code":"' + "x".repeat(500) + '"}}');
    expect(quoted.facts).toMatchObject({ providerMessage: "Unknown model.", code: null });
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
