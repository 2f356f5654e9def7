import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { closeDb, db, sqlite } from "../client";
import { commandLineActor } from "../actor";
import { isAppError } from "../../errors";
import { ProviderSettingSchema } from "../../validation/provider-setting";
import { clearProviderSetting, providerViews, resolveProvider, saveProviderSetting } from "./provider-settings";

afterAll(closeDb);

const SECRET = { TUNESET_SECRET_KEY: randomBytes(32).toString("base64") };
const KEY = "sk-compatible-secret-value-7f3e";
const ENV = { ...SECRET, TUNESET_COMPATIBLE_BASE_URL: "https://env.example.com/v1", TUNESET_COMPATIBLE_API_KEY: "env-key-0000000000aaaa" };

const save = async (input: unknown, env: Record<string, string> = ENV) =>
  saveProviderSetting(await commandLineActor(), ProviderSettingSchema.parse(input), env);
const events = () => db().auditEvent.findMany({ where: { action: "provider.settings_changed" }, orderBy: { id: "asc" } });
const everything = () => JSON.stringify([sqlite().prepare(`SELECT * FROM ProviderSetting`).all(), sqlite().prepare(`SELECT * FROM AuditEvent`).all()]);

async function failure(work: Promise<unknown>) {
  try {
    await work;
  } catch (e) {
    if (isAppError(e)) return { message: e.message, field: (e.details as { field?: string } | undefined)?.field };
    throw e;
  }
  throw new Error("it succeeded");
}

describe("saved provider settings", () => {
  it("falls back to the environment, and says what to set when nothing is", async () => {
    expect(await resolveProvider("compatible", ENV)).toMatchObject({ source: "environment", host: "env.example.com", apiKey: "env-key-0000000000aaaa" });
    expect((await failure(resolveProvider("azure", ENV))).message).toMatch(
      /^Azure OpenAI is not set up\. An admin can save it under Settings → Fine-tuning providers, or set AZURE_OPENAI_ENDPOINT/,
    );
    const views = await providerViews(ENV);
    expect(views.map((v) => [v.kind, v.source, v.configured, v.keyHint, v.keyFrom])).toEqual([
      ["openai", null, false, null, null],
      ["azure", null, false, null, null],
      ["compatible", "environment", true, "…aaaa", "TUNESET_COMPATIBLE_API_KEY"],
    ]);
  });

  it("saves a key sealed, shows only its last four, and records who changed what without the key", async () => {
    expect(await save({ kind: "compatible", baseURL: "https://llm.example.com/v1", apiKey: KEY })).toEqual({ changed: ["baseURL", "apiKey"] });
    expect(await resolveProvider("compatible", ENV)).toEqual({
      kind: "compatible",
      baseURL: "https://llm.example.com/v1",
      host: "llm.example.com",
      apiKey: KEY,
      source: "settings",
    });
    const view = (await providerViews(ENV)).find((v) => v.kind === "compatible")!;
    expect(view).toMatchObject({
      source: "settings",
      configured: true,
      keyHint: "…7f3e",
      keyFrom: "the settings page",
      host: "llm.example.com",
      saved: { by: "Command line" },
    });
    expect(view.environment.keyHint).toBe("…aaaa");
    expect(JSON.stringify(await providerViews(ENV))).not.toContain("secret-value");
    const [event] = await events();
    expect(event).toMatchObject({
      targetType: "provider",
      targetId: "compatible",
      summary: expect.stringMatching(/^Saved settings for OpenAI-compatible endpoint \(base URL, API key …7f3e\)/),
    });
    expect(JSON.parse(event.detail!)).toEqual({
      kind: "compatible",
      changed: ["baseURL", "apiKey"],
      from: { baseURL: null },
      to: { baseURL: "https://llm.example.com/v1" },
      keyHint: "…7f3e",
    });
    expect(everything()).not.toContain("secret-value");
  });

  it("keeps the saved key when the key field is left empty, and writes nothing when nothing changed", async () => {
    const before = (await events()).length;
    expect(await save({ kind: "compatible", baseURL: "https://llm2.example.com/v1", apiKey: "" })).toEqual({ changed: ["baseURL"] });
    expect((await resolveProvider("compatible", ENV)).apiKey).toBe(KEY);
    expect(await save({ kind: "compatible", baseURL: "https://llm2.example.com/v1", apiKey: KEY })).toEqual({ changed: [] });
    const after = await events();
    expect(after.length).toBe(before + 1);
    expect(JSON.parse(after.at(-1)!.detail!)).toEqual({
      kind: "compatible",
      changed: ["baseURL"],
      from: { baseURL: "https://llm.example.com/v1" },
      to: { baseURL: "https://llm2.example.com/v1" },
    });
  });

  it("refuses a key under a TUNESET_SECRET_KEY that is not a key, and a first save without a key, beside the key field", async () => {
    expect(await failure(save({ kind: "openai", apiKey: "sk-openai-1234567890" }, { TUNESET_SECRET_KEY: "not a key" }))).toEqual({
      field: "apiKey",
      message: expect.stringMatching(/TUNESET_SECRET_KEY on the server is not 32 bytes.*openssl rand -base64 32/),
    });
    expect(await failure(save({ kind: "openai", organization: "org-1" }))).toEqual({
      field: "apiKey",
      message: "Type the API key: nothing is saved for OpenAI yet, and saved settings do not use OPENAI_API_KEY.",
    });
    expect(await db().providerSetting.findUnique({ where: { kind: "openai" } })).toBeNull();
  });

  it("says plainly when the saved key cannot be read under this server's sealing key", async () => {
    const other = { TUNESET_SECRET_KEY: randomBytes(32).toString("hex") };
    expect((await failure(resolveProvider("compatible", other))).message).toMatch(/sealed with another key than the one this server has now/);
    // Every save here named TUNESET_SECRET_KEY, so no key file was generated to fall back to.
    expect((await failure(resolveProvider("compatible", {}))).message).toMatch(
      /needs the key it was sealed with: `TUNESET_SECRET_KEY` is not set and `.*secret-key` is missing/,
    );
    const view = (await providerViews(other)).find((v) => v.kind === "compatible")!;
    expect(view).toMatchObject({ configured: false, source: "settings", keyHint: "…7f3e", problem: expect.stringMatching(/sealed with another key/) });
  });

  it("saves Azure with its endpoint and API version", async () => {
    await save({ kind: "azure", baseURL: "https://r.openai.azure.com/", apiVersion: "2024-10-21", apiKey: "azure-key-1234567890bbbb" });
    expect(await resolveProvider("azure", ENV)).toEqual({
      kind: "azure",
      baseURL: "https://r.openai.azure.com",
      host: "r.openai.azure.com",
      apiKey: "azure-key-1234567890bbbb",
      apiVersion: "2024-10-21",
      source: "settings",
    });
  });

  it("removes the saved settings, so the environment applies again", async () => {
    const actor = await commandLineActor();
    expect(await clearProviderSetting(actor, "compatible")).toEqual({ removed: true });
    expect(await resolveProvider("compatible", ENV)).toMatchObject({ source: "environment", apiKey: "env-key-0000000000aaaa" });
    const last = (await events()).at(-1)!;
    expect(last.summary).toBe(
      "Removed the saved OpenAI-compatible endpoint settings; Tuneset reads TUNESET_COMPATIBLE_BASE_URL, TUNESET_COMPATIBLE_API_KEY from the server's environment for it again.",
    );
    expect(JSON.parse(last.detail!)).toEqual({
      kind: "compatible",
      removed: { baseURL: "https://llm2.example.com/v1", apiVersion: null, organization: null, project: null, keyHint: "…7f3e" },
    });
    const count = (await events()).length;
    expect(await clearProviderSetting(actor, "compatible")).toEqual({ removed: false });
    expect((await events()).length).toBe(count);
    expect(everything()).not.toContain("secret-value");
  });
});
