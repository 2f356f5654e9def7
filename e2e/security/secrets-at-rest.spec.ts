import { createHash, createHmac } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test } from "../fixtures";
import { adminStatePath } from "../admin-state";
import { e2eDatabaseFile, readDatabase } from "./sign-in-helpers";

// A copy of the database lets nobody in: its files and folder are the server account's
// alone, sessions are kept as hashes of their tokens, and the secret that signs session
// cookies lives in a file of its own (the e2e server sets no TUNESET_AUTH_SECRET).

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** The admin's session cookie, as the first-run test saved it. */
function adminCookie(): { name: string; value: string } {
  const state = JSON.parse(readFileSync(adminStatePath(), "utf8")) as { cookies: { name: string; value: string }[] };
  const cookie = state.cookies.find((c) => c.name === "tuneset.session_token");
  if (!cookie) throw new Error("The first-run test saved no session cookie.");
  return cookie;
}

/** A session cookie signed with `secret` the way the library signs one (HMAC-SHA256, base64). */
const signed = (token: string, secret: string) =>
  `tuneset.session_token=${encodeURIComponent(`${token}.${createHmac("sha256", secret).update(token).digest("base64")}`)}`;

test("the database, its -wal and -shm files are the server account's alone, in a folder only it may enter", async () => {
  const file = e2eDatabaseFile();
  expect(mode(dirname(file))).toBe("700");
  for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe("600");
});

test("the Session table holds no token a browser holds, only its SHA-256", async () => {
  const token = decodeURIComponent(adminCookie().value).split(".")[0];
  const tokens = readDatabase((db) => db.prepare(`SELECT token FROM Session`).pluck().all() as string[]);
  expect(tokens.length).toBeGreaterThan(0);
  expect(tokens).not.toContain(token);
  expect(tokens).toContain(createHash("sha256").update(token).digest("hex"));
});

test.describe("with nothing but the server's files", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the auth secret is not in the database, and with it a session read from the database opens nothing", async ({ request }) => {
    expect(readDatabase((db) => db.prepare(`SELECT count(*) FROM ServerSetting WHERE key LIKE '%secret%'`).pluck().get())).toBe(0);
    const secretFile = join(dirname(e2eDatabaseFile()), "auth-secret");
    expect(mode(secretFile)).toBe("600");
    const secret = readFileSync(secretFile, "utf8").trim();
    expect(readFileSync(e2eDatabaseFile()).includes(Buffer.from(secret))).toBe(false);

    // Signing works as the library does: the admin's real token, signed here, is accepted...
    const token = decodeURIComponent(adminCookie().value).split(".")[0];
    expect((await request.get("/api/v1/datasets", { headers: { cookie: signed(token, secret) } })).status()).toBe(200);
    // ...while every token the database holds, signed the same way, is refused.
    const stored = readDatabase((db) => db.prepare(`SELECT token FROM Session`).pluck().all() as string[]);
    for (const value of stored) {
      expect((await request.get("/api/v1/datasets", { headers: { cookie: signed(value, secret) } })).status()).toBe(401);
    }
  });
});
