import { describe, expect, it } from "vitest";
import { maskKey, providerKeys } from "./provider-keys";

describe("provider keys on the settings page", () => {
  it("show only the last four characters", () => {
    expect(maskKey("sk-proj-abcdefghijklmnop1234")).toBe("…1234");
    expect(maskKey("short")).toBe("…");
  });

  it("say which keys are set, never their value", () => {
    const views = providerKeys({ OPENAI_API_KEY: "sk-live-secret-value-9876" });
    expect(views).toEqual([
      { provider: "OpenAI", variable: "OPENAI_API_KEY", masked: "…9876" },
      { provider: "Azure OpenAI", variable: "AZURE_OPENAI_API_KEY", masked: null },
    ]);
    expect(JSON.stringify(views)).not.toContain("secret");
  });
});
