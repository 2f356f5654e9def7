import { describe, expect, it } from "vitest";
import { APIConnectionError, APIConnectionTimeoutError, APIError, OpenAIError } from "openai";
import { AppError } from "../errors";
import { explainProviderError, type ProviderContext } from "./fine-tune-refusal";

// Each answer the provider can give to a fine-tuning request, as the SDK raises it.

const OPENAI: ProviderContext = { kind: "openai", source: "environment", host: "api.openai.com" };
const AZURE: ProviderContext = { kind: "azure", source: "settings", host: "r.openai.azure.com" };

const answer = (status: number, error: { message: string; type?: string; code?: string | null; param?: string | null }, headers: Record<string, string> = {}) =>
  APIError.generate(status, { error }, undefined, new Headers({ "x-request-id": "req_1", ...headers }));

describe("a provider's answer to a fine-tuning request, explained", () => {
  it("403: not allowed to fine-tune, the provider quoted, where else to go", () => {
    const message = "You are not allowed to create fine-tuning jobs for gpt-4o-mini-2024-07-18. Fine-tuning is no longer available to your organization.";
    const e = explainProviderError(answer(403, { message, type: "invalid_request_error", code: "model_not_available", param: "model" }), OPENAI);
    expect(e).toEqual({
      status: 403,
      code: "model_not_available",
      param: "model",
      type: "invalid_request_error",
      message,
      refusal: true,
      retryable: false,
      retryAfterMs: null,
      explanation: expect.stringContaining(
        `api.openai.com refused to fine-tune (HTTP 403): “${message}” (request ID req_1). The organisation or project behind OPENAI_API_KEY is not allowed to fine-tune this model.`,
      ),
    });
    expect(e.explanation).toMatch(
      /OpenAI is winding down self-serve fine-tuning for many organisations; ask the provider to allow it, or use another provider \(Azure OpenAI .*\), set up under Settings → Fine-tuning providers\.$/,
    );
  });

  it("a refusal from Azure points elsewhere, without the words about OpenAI", () => {
    const e = explainProviderError(answer(403, { message: "Fine-tuning is not available for this resource's region." }), AZURE);
    expect(e.refusal).toBe(true);
    expect(e.explanation).toMatch(
      /behind the Azure OpenAI key saved under Settings → Fine-tuning providers is not allowed to fine-tune this model\. Ask the provider to allow it, or use another Azure OpenAI resource/,
    );
    expect(e.explanation).not.toContain("winding down");
  });

  it("400 about eligibility, quota or billing is a refusal; its code alone is enough", () => {
    for (const [code, message] of [
      ["not_eligible", "Your organization is not eligible for fine-tuning."],
      ["insufficient_quota", "You exceeded your current quota, please check your plan and billing details."],
      ["billing_hard_limit_reached", "Billing hard limit has been reached."],
    ]) {
      const e = explainProviderError(answer(400, { message, type: "invalid_request_error", code }), OPENAI);
      expect(e, code).toMatchObject({ status: 400, code, message, refusal: true, retryable: false });
      expect(e.explanation, code).toContain(`refused to fine-tune (HTTP 400): “${message}”`);
    }
    expect(explainProviderError(answer(400, { message: "Request refused.", code: "not_eligible" })).refusal).toBe(true);
    expect(explainProviderError(answer(400, { message: "Something.", code: "billing_hard_limit_reached" })).explanation).toMatch(/no quota or credit left/);
  });

  it("other 400s are the request's own mistake, naming the field", () => {
    const e = explainProviderError(
      answer(400, { message: "invalid training_file: file-x", type: "invalid_request_error", code: "invalid_value", param: "training_file" }),
      OPENAI,
    );
    expect(e).toMatchObject({ refusal: false, retryable: false, param: "training_file" });
    expect(e.explanation).toBe(
      "api.openai.com rejected the request (HTTP 400) (about training_file): “invalid training_file: file-x” (request ID req_1). Correct what it names and launch again.",
    );
  });

  it("401: the key, and where it is set", () => {
    const e = explainProviderError(answer(401, { message: "Incorrect API key provided: sk-proj-abcdefghijklmnop9876.", code: "invalid_api_key" }), OPENAI);
    expect(e).toMatchObject({ status: 401, refusal: false, retryable: false, message: "Incorrect API key provided: sk-…9876." });
    expect(e.explanation).toMatch(/refused the API key \(HTTP 401\): .*\. Check OPENAI_API_KEY: it should be a current key for OpenAI\.$/);
    expect(e.explanation).not.toContain("abcdefghijklmnop");
    expect(explainProviderError(answer(401, { message: "Access denied due to invalid subscription key." }), AZURE).explanation).toMatch(
      /Check the Azure OpenAI key saved under Settings → Fine-tuning providers: it should be a current key for Azure OpenAI\.$/,
    );
  });

  it("404: model or file not found", () => {
    const e = explainProviderError(
      answer(404, { message: "The model `gpt-9` does not exist or you do not have access to it.", code: "model_not_found" }),
      AZURE,
    );
    expect(e).toMatchObject({ status: 404, refusal: false, retryable: false });
    expect(e.explanation).toMatch(
      /^r\.openai\.azure\.com has no such model or file \(HTTP 404\): “The model `gpt-9` does not exist.*if every request answers 404, check the Azure OpenAI endpoint saved under Settings → Fine-tuning providers\.$/,
    );
  });

  it("429: rate limited, retryable, with the wait read from retry-after-ms or retry-after", () => {
    const ms = explainProviderError(answer(429, { message: "Rate limit reached.", code: "rate_limit_exceeded" }, { "retry-after-ms": "1500" }), OPENAI);
    expect(ms).toMatchObject({ status: 429, refusal: false, retryable: true, retryAfterMs: 1500 });
    expect(ms.explanation).toBe(
      "api.openai.com is limiting how many requests it takes (HTTP 429): “Rate limit reached.” (request ID req_1). It asked to wait 2 s. Tuneset can try again then.",
    );
    expect(explainProviderError(answer(429, { message: "Slow down." }, { "retry-after": "7" })).retryAfterMs).toBe(7000);
    expect(explainProviderError(answer(429, { message: "Slow down." })).explanation).toContain("It did not say how long to wait.");
  });

  it("429 for an account without quota is a refusal, not a wait", () => {
    const e = explainProviderError(
      answer(429, { message: "You exceeded your current quota.", type: "insufficient_quota", code: "insufficient_quota" }, { "retry-after": "1" }),
      OPENAI,
    );
    expect(e).toMatchObject({ refusal: true, retryable: false });
  });

  it("5xx, timeouts and lost connections may pass: retryable", () => {
    const server = explainProviderError(answer(503, { message: "The engine is currently overloaded, please try again later." }), OPENAI);
    expect(server).toMatchObject({ status: 503, refusal: false, retryable: true });
    expect(server.explanation).toContain("had a server error (HTTP 503): “The engine is currently overloaded, please try again later.”");
    const refused = explainProviderError(new APIConnectionError({ cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) }), {
      kind: "compatible",
      source: "environment",
      host: "10.0.0.5:8000",
    });
    expect(refused).toMatchObject({ status: null, message: "Connection error.", refusal: false, retryable: true });
    expect(refused.explanation).toBe(
      "Could not reach 10.0.0.5:8000 (ECONNREFUSED). Check TUNESET_COMPATIBLE_BASE_URL and that this server can reach that address.",
    );
    expect(explainProviderError(new APIConnectionTimeoutError(), OPENAI)).toMatchObject({
      retryable: true,
      explanation: expect.stringMatching(/did not answer in time/),
    });
    // The provider can say otherwise about its own errors.
    expect(explainProviderError(answer(500, { message: "Invalid state." }, { "x-should-retry": "false" })).retryable).toBe(false);
  });

  it("errors that are not the provider's answer: Tuneset's own plain ones pass, others stay in the log", () => {
    expect(explainProviderError(new AppError("bad_request", "Set OPENAI_API_KEY on the server."))).toMatchObject({
      status: null,
      explanation: "Set OPENAI_API_KEY on the server.",
      retryable: false,
      refusal: false,
    });
    expect(explainProviderError(new OpenAIError("Missing credentials.")).explanation).toBe("Missing credentials.");
    const other = explainProviderError(new Error("at /srv/app/secret-path.js:10"));
    expect(other.explanation).toBe("The request to the provider failed before an answer came back. Try again; if it keeps failing, check the server log.");
    expect(JSON.stringify(other)).not.toContain("secret-path");
  });
});
