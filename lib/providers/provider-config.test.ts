import { describe, expect, it } from "vitest";
import { environmentProvider, keyLocation, notConfiguredMessage, requireKey, settingsProvider, type SavedProvider } from "./provider-config";

const saved = (s: Partial<SavedProvider> & Pick<SavedProvider, "kind">): SavedProvider => ({
  baseURL: null,
  apiVersion: null,
  organization: null,
  project: null,
  apiKey: "sk-saved-key-000011112222",
  ...s,
});

describe("a provider from the environment", () => {
  it("OpenAI: the SDK's own variables, the public API by default", () => {
    expect(environmentProvider("openai", { OPENAI_API_KEY: " sk-env-1234567890 ", OPENAI_ORG_ID: "org-1", OPENAI_PROJECT_ID: "proj_1" })).toEqual({
      kind: "openai",
      baseURL: "https://api.openai.com/v1",
      host: "api.openai.com",
      apiKey: "sk-env-1234567890",
      organization: "org-1",
      project: "proj_1",
      source: "environment",
    });
    expect(environmentProvider("openai", { OPENAI_API_KEY: "sk-a", OPENAI_BASE_URL: "http://127.0.0.1:3399/v1/" })).toMatchObject({
      baseURL: "http://127.0.0.1:3399/v1",
      host: "127.0.0.1:3399",
    });
    // An organisation alone, or nothing, is no provider.
    expect(environmentProvider("openai", { OPENAI_ORG_ID: "org-1" })).toBeNull();
    expect(environmentProvider("openai", {})).toBeNull();
  });

  it("Azure: endpoint, key and API version under the names the SDK reads", () => {
    const env = {
      AZURE_OPENAI_ENDPOINT: "https://my-resource.openai.azure.com/",
      AZURE_OPENAI_API_KEY: "azure-key-abcdef123456",
      OPENAI_API_VERSION: "2024-10-21",
    };
    expect(environmentProvider("azure", { ...env, OPENAI_ORG_ID: "org-ignored" })).toEqual({
      kind: "azure",
      baseURL: "https://my-resource.openai.azure.com",
      host: "my-resource.openai.azure.com",
      apiKey: "azure-key-abcdef123456",
      apiVersion: "2024-10-21",
      source: "environment",
    });
    expect(environmentProvider("azure", { OPENAI_API_VERSION: "2024-10-21" })).toBeNull();
    expect(() => environmentProvider("azure", { ...env, OPENAI_API_VERSION: "" })).toThrow(
      "Set OPENAI_API_VERSION on the server to the Azure OpenAI API version to use, such as 2024-10-21, then restart Tuneset.",
    );
    expect(() => environmentProvider("azure", { AZURE_OPENAI_API_KEY: "k" })).toThrow(
      /^Set AZURE_OPENAI_ENDPOINT on the server to the Azure OpenAI resource endpoint/,
    );
    expect(() => environmentProvider("azure", { ...env, AZURE_OPENAI_ENDPOINT: "https://my-resource.openai.azure.com/openai/deployments/ft" })).toThrow(
      'AZURE_OPENAI_ENDPOINT on the server is "https://my-resource.openai.azure.com/openai/deployments/ft". Give the resource endpoint alone, such as https://my-resource.openai.azure.com, without /openai or a deployment; Tuneset adds the rest. Then restart Tuneset.',
    );
    expect(() => environmentProvider("azure", { ...env, AZURE_OPENAI_ENDPOINT: "http://my-resource.openai.azure.com" })).toThrow(/resource's https address/);
    expect(() => environmentProvider("azure", { ...env, OPENAI_API_VERSION: "2024 10 21" })).toThrow(
      /^OPENAI_API_VERSION on the server is "2024 10 21"\. Use an API version as Azure writes it/,
    );
  });

  it("an OpenAI-compatible endpoint: TUNESET_COMPATIBLE_BASE_URL and TUNESET_COMPATIBLE_API_KEY", () => {
    expect(
      environmentProvider("compatible", { TUNESET_COMPATIBLE_BASE_URL: "https://llm.example.com/v1", TUNESET_COMPATIBLE_API_KEY: "key-123456789" }),
    ).toEqual({
      kind: "compatible",
      baseURL: "https://llm.example.com/v1",
      host: "llm.example.com",
      apiKey: "key-123456789",
      source: "environment",
    });
    expect(() => environmentProvider("compatible", { TUNESET_COMPATIBLE_API_KEY: "key" })).toThrow(
      /^Set TUNESET_COMPATIBLE_BASE_URL on the server to the endpoint's base URL/,
    );
    expect(() => environmentProvider("compatible", { TUNESET_COMPATIBLE_BASE_URL: "llm.example.com/v1" })).toThrow(
      'TUNESET_COMPATIBLE_BASE_URL on the server is "llm.example.com/v1". Use an http(s) address, such as https://llm.example.com/v1. Then restart Tuneset.',
    );
  });

  it("never repeats a key or a password written into an address", () => {
    const error = (() => {
      try {
        environmentProvider("compatible", { TUNESET_COMPATIBLE_BASE_URL: "https://user:hunter2@llm.example.com/v1", TUNESET_COMPATIBLE_API_KEY: "key" });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/is "https:\/\/…@llm\.example\.com\/v1"\. Take the user name and password out/);
    expect(error).not.toContain("hunter2");
    expect(() => environmentProvider("openai", { OPENAI_API_KEY: "sk-has a-space" })).toThrow(
      "OPENAI_API_KEY on the server is unusable. The key has spaces or line breaks inside; paste it again as one piece. Then restart Tuneset.",
    );
  });
});

describe("a provider from the settings page", () => {
  it("builds each kind from what was saved", () => {
    expect(settingsProvider(saved({ kind: "openai", organization: "org-2" }))).toEqual({
      kind: "openai",
      baseURL: "https://api.openai.com/v1",
      host: "api.openai.com",
      apiKey: "sk-saved-key-000011112222",
      organization: "org-2",
      source: "settings",
    });
    expect(settingsProvider(saved({ kind: "azure", baseURL: "https://r.openai.azure.com", apiVersion: "2025-04-01-preview" }))).toMatchObject({
      host: "r.openai.azure.com",
      apiVersion: "2025-04-01-preview",
      source: "settings",
    });
    expect(settingsProvider(saved({ kind: "compatible", baseURL: "http://10.0.0.5:8000/v1" }))).toMatchObject({
      baseURL: "http://10.0.0.5:8000/v1",
      source: "settings",
    });
  });

  it("names the field and the page when a saved value is unusable", () => {
    expect(() => settingsProvider(saved({ kind: "azure", baseURL: "https://r.openai.azure.com" }))).toThrow(
      "Azure OpenAI: no API version is saved. Under Settings → Fine-tuning providers, add the Azure OpenAI API version to use, such as 2024-10-21.",
    );
    expect(() => settingsProvider(saved({ kind: "compatible", baseURL: "ftp://x" }))).toThrow(
      /^OpenAI-compatible endpoint: the saved base URL is "ftp:\/\/x"\. Use an http\(s\) address.*Correct it under Settings → Fine-tuning providers\.$/,
    );
  });
});

describe("what to do when a key is missing", () => {
  it("names the variable, or the settings page, and which kinds are set up nowhere", () => {
    const env = environmentProvider("openai", { OPENAI_BASE_URL: "https://eu.api.openai.com/v1" })!;
    expect(() => requireKey(env)).toThrow(
      "Set OPENAI_API_KEY on the server to a key for eu.api.openai.com, then restart Tuneset, or save a key under Settings → Fine-tuning providers.",
    );
    expect(keyLocation(env)).toBe("OPENAI_API_KEY");
    expect(keyLocation({ kind: "azure", source: "settings" })).toBe("the Azure OpenAI key saved under Settings → Fine-tuning providers");
    expect(requireKey(settingsProvider(saved({ kind: "openai" }))).apiKey).toBe("sk-saved-key-000011112222");
    expect(notConfiguredMessage("azure")).toBe(
      "Azure OpenAI is not set up. An admin can save it under Settings → Fine-tuning providers, or set AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION on the server and restart Tuneset.",
    );
  });
});
