import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderKindSchema, ProviderSettingSchema } from "./provider-setting";

const errors = (input: unknown) => {
  const r = ProviderSettingSchema.safeParse(input);
  return r.success ? null : z.flattenError(r.error).fieldErrors;
};

describe("a provider's settings as saved from the page", () => {
  it("trims, drops blank optional fields, and keeps only the kind's own fields", () => {
    expect(
      ProviderSettingSchema.parse({ kind: "openai", apiKey: " sk-abc ", organization: "", project: "proj_1", baseURL: null, apiVersion: "ignored" }),
    ).toEqual({
      kind: "openai",
      apiKey: "sk-abc",
      project: "proj_1",
    });
    expect(
      ProviderSettingSchema.parse({ kind: "azure", baseURL: "https://r.openai.azure.com", apiVersion: "2024-10-21", apiKey: "", organization: "org-x" }),
    ).toEqual({
      kind: "azure",
      baseURL: "https://r.openai.azure.com",
      apiVersion: "2024-10-21",
    });
  });

  it("puts each problem on its field, saying what to type", () => {
    expect(errors({ kind: "azure", baseURL: "", apiVersion: "  " })).toEqual({
      baseURL: ["Enter the resource endpoint, such as https://my-resource.openai.azure.com."],
      apiVersion: ["Enter the API version to use, such as 2024-10-21."],
    });
    expect(errors({ kind: "compatible", baseURL: "llm.example.com", apiKey: "two words" })).toEqual({
      baseURL: ["Use an http(s) address, such as https://llm.example.com/v1."],
      apiKey: ["The key has spaces or line breaks inside; paste it again as one piece."],
    });
    expect(errors({ kind: "openai", organization: "org 1", baseURL: "https://eu.api.openai.com/v1" })).toEqual({
      organization: [expect.stringMatching(/without spaces/)],
    });
  });

  it("refuses an unknown kind by listing the known ones", () => {
    const r = ProviderSettingSchema.safeParse({ kind: "anthropic" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("Pick a provider: openai, azure, compatible.");
    expect(ProviderKindSchema.safeParse({ kind: "azure" }).success).toBe(true);
    expect(ProviderKindSchema.safeParse({ kind: "" }).error?.issues[0].message).toBe("Pick a provider: openai, azure, compatible.");
  });
});
