import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { decodeSecretKey, generateSecretKey, openSecret, sealSecret, secretKeyFromEnv } from "./secret-box";

const KEY = randomBytes(32);
const PROVIDER_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz-1234";

describe("the secret key from the environment", () => {
  it("reads 32 bytes written as base64 (with or without padding, url-safe too) or hex", () => {
    const b64 = KEY.toString("base64");
    expect(secretKeyFromEnv({ TUNESET_SECRET_KEY: b64 })!.equals(KEY)).toBe(true);
    expect(secretKeyFromEnv({ TUNESET_SECRET_KEY: ` ${b64.replace(/=+$/, "")}\n` })!.equals(KEY)).toBe(true);
    expect(secretKeyFromEnv({ TUNESET_SECRET_KEY: KEY.toString("base64url") })!.equals(KEY)).toBe(true);
    expect(secretKeyFromEnv({ TUNESET_SECRET_KEY: KEY.toString("hex").toUpperCase() })!.equals(KEY)).toBe(true);
  });

  it("is absent when the variable is unset or blank, so the generated key applies", () => {
    expect(secretKeyFromEnv({})).toBeNull();
    expect(secretKeyFromEnv({ TUNESET_SECRET_KEY: "  " })).toBeNull();
  });

  it("reads what it generates", () => {
    const made = generateSecretKey();
    expect(decodeSecretKey(made)?.length).toBe(32);
    expect(generateSecretKey()).not.toBe(made);
  });

  it("refuses a short, long or mistyped key with how to make one", () => {
    for (const bad of [
      randomBytes(16).toString("base64"),
      randomBytes(48).toString("base64"),
      randomBytes(31).toString("hex"),
      "correct horse battery staple",
    ]) {
      expect(() => secretKeyFromEnv({ TUNESET_SECRET_KEY: bad }), bad).toThrow(/is not 32 bytes written as base64 or hex.*openssl rand -base64 32/);
    }
    // One wrong character in otherwise good base64 is caught, not skipped.
    const typo = KEY.toString("base64").replace(/^./, "*");
    expect(() => secretKeyFromEnv({ TUNESET_SECRET_KEY: typo })).toThrow(/not 32 bytes/);
  });
});

describe("sealing a provider key", () => {
  it("opens what it sealed, and never shows the key in the sealed text", () => {
    const sealed = sealSecret(PROVIDER_KEY, KEY, "provider:openai");
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/]{8}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain("abcdefgh");
    expect(openSecret(sealed, KEY, "provider:openai")).toBe(PROVIDER_KEY);
    // A fresh IV each time: the same key never seals to the same text.
    expect(sealSecret(PROVIDER_KEY, KEY, "provider:openai")).not.toBe(sealed);
  });

  it("says when the key was sealed under another key", () => {
    const sealed = sealSecret(PROVIDER_KEY, KEY, "provider:openai");
    expect(() => openSecret(sealed, randomBytes(32), "provider:openai")).toThrow(
      /^The saved key was sealed with another key than the one this server has now \(`TUNESET_SECRET_KEY`, or the `secret-key` file .*save the key again on the settings page\.$/,
    );
  });

  it("refuses an altered ciphertext, tag or IV, and a value moved to another provider", () => {
    const sealed = sealSecret(PROVIDER_KEY, KEY, "provider:azure");
    const parts = sealed.split(":");
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, "base64");
      bytes[0] ^= 1;
      return bytes.toString("base64");
    };
    for (const i of [2, 3, 4]) {
      const altered = parts.map((p, j) => (j === i ? flip(p) : p)).join(":");
      expect(() => openSecret(altered, KEY, "provider:azure"), `part ${i}`).toThrow(/was altered in the database.*save the key again/i);
    }
    expect(() => openSecret(sealed, KEY, "provider:compatible")).toThrow(/was altered/);
    expect(() => openSecret(parts.slice(0, 4).join(":"), KEY, "provider:azure")).toThrow(/not in a format this version of Tuneset reads/);
    expect(() => openSecret(`v2:${parts.slice(1).join(":")}`, KEY, "provider:azure")).toThrow(/not in a format/);
  });
});
