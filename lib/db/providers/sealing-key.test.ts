import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { databaseFile } from "../../env";
import { isAppError } from "../../errors";
import { decodeSecretKey } from "../../providers/secret-box";
import { ProviderSettingSchema } from "../../validation/provider-setting";
import { resolveProvider, saveProviderSetting } from "./provider-settings";
import { sealingKeyForReading, sealingKeyForSaving, sealingKeyPath, sealingKeyStatus } from "./sealing-key";

afterAll(closeDb);

const mode = (path: string) => statSync(path).mode & 0o777;
const KEY = "sk-compatible-generated-key-9d2c";
const save = async (env: Record<string, string>) =>
  saveProviderSetting(await commandLineActor(), ProviderSettingSchema.parse({ kind: "compatible", baseURL: "https://llm.example.com/v1", apiKey: KEY }), env);

async function refusal(work: () => unknown) {
  try {
    await work();
  } catch (e) {
    if (isAppError(e)) return e.message;
    throw e;
  }
  throw new Error("it succeeded");
}

describe("the key that seals provider keys", () => {
  it("is generated on the first save, in a file only its owner can read, beside the database and not in it", async () => {
    await db().$queryRaw`SELECT 1`;
    const path = sealingKeyPath();
    expect(path.startsWith(databaseFile().replace(/[^/]+$/, ""))).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(sealingKeyStatus({})).toEqual({ source: "none", path, problem: null });
    // Showing the page or reading a key makes nothing: a new key would open no saved one.
    expect(sealingKeyForReading({})).toBeNull();
    expect(existsSync(path)).toBe(false);

    await save({});
    expect(mode(path)).toBe(0o600);
    const text = readFileSync(path, "utf8").trim();
    expect(decodeSecretKey(text)?.length).toBe(32);
    expect(sealingKeyStatus({})).toEqual({ source: "file", path, problem: null });
    expect((await resolveProvider("compatible", {})).apiKey).toBe(KEY);
    // Made once: later saves and reads use the same key.
    expect(sealingKeyForSaving({}).equals(sealingKeyForReading({})!)).toBe(true);
    expect(readFileSync(path, "utf8").trim()).toBe(text);
    expect(readFileSync(databaseFile()).includes(Buffer.from(text))).toBe(false);
  });

  it("is tightened when the file was left readable by others", () => {
    chmodSync(sealingKeyPath(), 0o644);
    sealingKeyForReading({});
    expect(mode(sealingKeyPath())).toBe(0o600);
  });

  it("comes from TUNESET_SECRET_KEY whenever it is set, even with a generated file", async () => {
    const variable = randomBytes(32);
    const env = { TUNESET_SECRET_KEY: variable.toString("base64") };
    expect(sealingKeyStatus(env)).toMatchObject({ source: "environment", problem: null });
    expect(sealingKeyForSaving(env).equals(variable)).toBe(true);
    expect(sealingKeyForReading(env)!.equals(variable)).toBe(true);
    // What the generated key sealed does not open under the variable: the page says so.
    expect(await refusal(() => resolveProvider("compatible", env))).toMatch(/sealed with another key than the one this server has now/);
    await save(env);
    expect((await resolveProvider("compatible", env)).apiKey).toBe(KEY);
  });

  it("refuses a variable that is not a key, rather than falling back to the file", async () => {
    const env = { TUNESET_SECRET_KEY: "too-short" };
    expect(sealingKeyStatus(env)).toMatchObject({ source: "environment", problem: expect.stringMatching(/is not 32 bytes.*openssl rand -base64 32/) });
    expect(await refusal(() => save(env))).toMatch(/TUNESET_SECRET_KEY on the server is not 32 bytes/);
  });

  it("says what to do when the file is damaged or empty, without making a new one over it", async () => {
    const path = sealingKeyPath();
    writeFileSync(path, "not a key\n");
    expect(sealingKeyStatus({})).toMatchObject({ source: "file", problem: expect.stringMatching(/does not hold a 32-byte key.*Restore it from a backup/) });
    writeFileSync(path, "\n");
    expect(await refusal(() => save({}))).toMatch(/secret-key is empty\. Restore it from a backup/);
    expect(readFileSync(path, "utf8")).toBe("\n");
    unlinkSync(path);
    expect(sealingKeyStatus({})).toMatchObject({ source: "none", problem: null });
  });
});
