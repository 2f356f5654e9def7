import { afterEach, describe, expect, it } from "vitest";
import { env, parseEnv, providerEnv } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("the environment", () => {
  it("gives every variable its default when none is set", () => {
    const e = parseEnv({});
    expect(e).toMatchObject({
      DATABASE_URL: "file:./data/tuneset.db",
      TUNESET_MAX_UPLOAD_BYTES: 2 * 1024 ** 3,
      TUNESET_OIDC_NAME: "single sign-on",
      TUNESET_OIDC_CREATE_USERS: false,
      TUNESET_IMPORT_WORKERS: 1,
      TUNESET_IMPORT_LEASE_MS: 30_000,
      TUNESET_FILE_POLL_MS: 1000,
    });
    expect(e.TUNESET_POLL_INTERVAL_MS).toBeUndefined();
    expect(e.TUNESET_DEDUP_WORKERS).toBeGreaterThanOrEqual(1);
  });

  it("reads numbers and flags as the modules did", () => {
    const e = parseEnv({ TUNESET_POLL_INTERVAL_MS: "300", TUNESET_IMPORT_LEASE_MS: " ", TUNESET_DEDUP_WORKERS: "0", TUNESET_OIDC_CREATE_USERS: "yes" });
    expect(e).toMatchObject({ TUNESET_POLL_INTERVAL_MS: 300, TUNESET_IMPORT_LEASE_MS: 30_000, TUNESET_DEDUP_WORKERS: 0, TUNESET_OIDC_CREATE_USERS: false });
    expect(parseEnv({ TUNESET_OIDC_CREATE_USERS: "true", TUNESET_POLL_INTERVAL_MS: "" })).toMatchObject({
      TUNESET_OIDC_CREATE_USERS: true,
      TUNESET_POLL_INTERVAL_MS: undefined,
    });
  });

  it.each([
    ["DATABASE_URL", "postgres://db/tuneset", /^DATABASE_URL: DATABASE_URL must be a SQLite file URL such as file:/m],
    ["TUNESET_MAX_UPLOAD_BYTES", "2GB", /^TUNESET_MAX_UPLOAD_BYTES: set TUNESET_MAX_UPLOAD_BYTES to a whole number of bytes/m],
    ["TUNESET_LOCAL_USER_EMAIL", "me", /^TUNESET_LOCAL_USER_EMAIL: set TUNESET_LOCAL_USER_EMAIL to an e-mail address/m],
    ["TUNESET_TRUSTED_PROXIES", "10.0.0.300", /^TUNESET_TRUSTED_PROXIES: .*10\.0\.0\.300/m],
    ["TUNESET_IMPORT_WORKERS", "two", /^TUNESET_IMPORT_WORKERS: set TUNESET_IMPORT_WORKERS to a whole number of parser threads/m],
    ["TUNESET_DEDUP_WORKERS", "-1", /^TUNESET_DEDUP_WORKERS: set TUNESET_DEDUP_WORKERS to a whole number/m],
    ["TUNESET_IMPORT_LEASE_MS", "100", /^TUNESET_IMPORT_LEASE_MS: set TUNESET_IMPORT_LEASE_MS to a number of milliseconds, at least 500/m],
    ["TUNESET_FILE_POLL_MS", "soon", /^TUNESET_FILE_POLL_MS: set TUNESET_FILE_POLL_MS to a number of milliseconds/m],
    ["TUNESET_POLL_INTERVAL_MS", "0", /^TUNESET_POLL_INTERVAL_MS: set TUNESET_POLL_INTERVAL_MS to a number of milliseconds above 0/m],
  ])("refuses a bad %s with a message naming it and what to set", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  it("names every bad variable at once", () => {
    expect(() => parseEnv({ TUNESET_IMPORT_WORKERS: "x", TUNESET_FILE_POLL_MS: "y" })).toThrow(
      /^Invalid environment:\nTUNESET_IMPORT_WORKERS: .*\nTUNESET_FILE_POLL_MS: /,
    );
  });

  it("reads process.env again when a variable changed, as tests and --base-url change it", () => {
    process.env.TUNESET_PUBLIC_URL = "https://one.example";
    expect(env().TUNESET_PUBLIC_URL).toBe("https://one.example");
    process.env.TUNESET_PUBLIC_URL = "https://two.example";
    expect(env().TUNESET_PUBLIC_URL).toBe("https://two.example");
    process.env = { ...saved, OPENAI_API_KEY: "sk-replaced" };
    expect(providerEnv()).toMatchObject({ OPENAI_API_KEY: "sk-replaced" });
    expect(Object.keys(providerEnv())).not.toContain("DATABASE_URL");
  });
});
