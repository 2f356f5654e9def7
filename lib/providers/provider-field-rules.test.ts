import { describe, expect, it } from "vitest";
import { apiKeyProblem, apiVersionProblem, azureEndpointProblem, baseURLProblem, idProblem } from "./provider-field-rules";

describe("provider field rules", () => {
  it("base URLs: http(s), no credentials, no query", () => {
    expect(baseURLProblem("https://llm.example.com/v1")).toBeNull();
    expect(baseURLProblem("http://127.0.0.1:8000/v1")).toBeNull();
    expect(baseURLProblem("llm.example.com/v1")).toMatch(/^Use an http\(s\) address/);
    expect(baseURLProblem("ftp://llm.example.com")).toMatch(/^Use an http\(s\) address/);
    expect(baseURLProblem("https://a:b@llm.example.com/v1")).toMatch(/user name and password/);
    expect(baseURLProblem("https://llm.example.com/v1?key=1")).toMatch(/without a \?query/);
  });

  it("Azure endpoints: the resource's https address alone (http only on this machine)", () => {
    expect(azureEndpointProblem("https://my-resource.openai.azure.com/")).toBeNull();
    expect(azureEndpointProblem("https://my-resource.cognitiveservices.azure.com")).toBeNull();
    expect(azureEndpointProblem("http://127.0.0.1:4000")).toBeNull();
    expect(azureEndpointProblem("http://my-resource.openai.azure.com")).toMatch(/https address/);
    expect(azureEndpointProblem("https://my-resource.openai.azure.com/openai/")).toMatch(/without \/openai/);
    expect(azureEndpointProblem("my-resource")).toBe("Use an http(s) address, such as https://my-resource.openai.azure.com.");
  });

  it("API versions, IDs and keys: one piece, no spaces", () => {
    expect(apiVersionProblem("2024-10-21")).toBeNull();
    expect(apiVersionProblem("2025-04-01-preview")).toBeNull();
    expect(apiVersionProblem("")).toMatch(/Give the API version/);
    expect(apiVersionProblem("2024-10-21 ")).toMatch(/without spaces/);
    expect(idProblem("org-AbC123")).toBeNull();
    expect(idProblem("org 1")).toMatch(/without spaces/);
    expect(apiKeyProblem("sk-proj-abc_DEF-123")).toBeNull();
    expect(apiKeyProblem("sk-abc\ndef")).toMatch(/paste it again as one piece/);
    expect(apiKeyProblem("sk-ключ")).toMatch(/characters an API key does not have/);
  });
});
