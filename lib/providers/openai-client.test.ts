import { describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { missingKeyMessage, openAIClient, openAIConnection } from "./openai-client";

describe("the OpenAI client from the server's environment", () => {
  it("says where requests go and whether a key is set, without the key", () => {
    const c = openAIConnection({ OPENAI_API_KEY: "sk-secret-value-0001", OPENAI_BASE_URL: "http://127.0.0.1:3399/v1/" });
    expect(c).toEqual({ provider: "OpenAI", baseURL: "http://127.0.0.1:3399/v1", host: "127.0.0.1:3399", keyConfigured: true, keyVariable: "OPENAI_API_KEY" });
    expect(JSON.stringify(c)).not.toContain("secret");
    expect(openAIConnection({})).toMatchObject({ baseURL: "https://api.openai.com/v1", host: "api.openai.com", keyConfigured: false });
    expect(openAIConnection({ OPENAI_API_KEY: "  " }).keyConfigured).toBe(false);
  });

  it("refuses plainly when no key is set, naming the variable", () => {
    let error: unknown;
    try {
      openAIClient({});
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.message).toBe(missingKeyMessage({ keyVariable: "OPENAI_API_KEY", host: "api.openai.com" }));
    expect((error as Error).message).toMatch(/^Set OPENAI_API_KEY on the server/);
  });

  it("refuses a base URL that is not an http address", () => {
    expect(() => openAIConnection({ OPENAI_BASE_URL: "api.openai.com/v1" })).toThrow(/OPENAI_BASE_URL on the server is "api\.openai\.com\/v1"/);
  });

  it("passes the organisation and project on, and ignores the SDK's other environment variables", () => {
    const client = openAIClient({ OPENAI_API_KEY: "sk-a", OPENAI_ORG_ID: "org-1", OPENAI_PROJECT_ID: "proj_1", OPENAI_BASE_URL: "https://example.test/v1" });
    expect([client.apiKey, client.organization, client.project, client.baseURL, client.maxRetries]).toEqual(["sk-a", "org-1", "proj_1", "https://example.test/v1", 2]);
    expect(client.adminAPIKey).toBeNull();
  });
});
