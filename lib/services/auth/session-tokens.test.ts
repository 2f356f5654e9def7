import { afterAll, describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { setUserDisabled } from "../../db/users/users";
import { actorFromToken, createApiToken } from "../../db/auth/api-tokens";
import { createAccount, createResetLink, resetPassword } from "../accounts/accounts";
import { authSecret } from "../../db/auth/auth-secret";
import { hashSessionToken } from "../../auth/hashed-session-tokens";
import { auth } from "./server-auth";
import { AccountCreateSchema } from "../../validation/accounts";

afterAll(closeDb);

const PASSWORD = "a long enough password";
let n = 0;
const newUser = async () =>
  createAccount(
    AccountCreateSchema.parse({ email: `tok${n++}.${Date.now()}@example.com`, name: "Tess", password: PASSWORD, role: "annotator" }),
    await commandLineActor(),
  );

/** Signs in through the library and returns the session cookie as a browser would send it. */
async function signIn(email: string, password = PASSWORD): Promise<string> {
  const { headers } = await auth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers.getSetCookie().find((c) => c.startsWith("tuneset.session_token="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0];
}

const sessionFor = (cookie: string) => auth().api.getSession({ headers: new Headers({ cookie }) });
/** A cookie signed the way the library signs one, for a token of our choosing. */
const forge = (token: string) => `tuneset.session_token=${encodeURIComponent(`${token}.${createHmac("sha256", authSecret()).update(token).digest("base64")}`)}`;

describe("sessions at rest", () => {
  it("keep only the token's SHA-256; the cookie works, a token read from the database does not", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    const token = decodeURIComponent(cookie.split("=")[1]).split(".")[0];
    expect((await sessionFor(cookie))?.user.id).toBe(user.id);
    // Our own signature of the real token is accepted: the forgery below fails only for its token.
    expect((await sessionFor(forge(token)))?.user.id).toBe(user.id);

    const rows = await db().session.findMany({ where: { userId: user.id }, select: { token: true } });
    expect(rows).toEqual([{ token: hashSessionToken(token) }]);
    expect(await sessionFor(forge(rows[0].token))).toBeNull();
  });

  it("are refreshed with the same token in the cookie, not the hash", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    // Six days old: older than a day, so reading it renews it and sets the cookie again.
    await db().session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() + 24 * 3600_000) } });
    const { headers, response } = await auth().api.getSession({ headers: new Headers({ cookie }), returnHeaders: true });
    expect(response?.user.id).toBe(user.id);
    const renewed = headers.getSetCookie().find((c) => c.startsWith("tuneset.session_token="));
    expect(renewed?.split(";")[0]).toBe(cookie);
    expect((await db().session.findFirstOrThrow({ where: { userId: user.id } })).expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
  });

  it("end when the user signs out, found by the hash", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    await auth().api.signOut({ headers: new Headers({ cookie }) });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("reset links at rest", () => {
  it("are stored as a hash: the token of the link is nowhere in the table", async () => {
    const user = await newUser();
    const link = await createResetLink(user.id, "http://tuneset.test", await commandLineActor());
    const token = new URL(link).searchParams.get("token")!;
    const rows = await db().verification.findMany({ where: { value: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe("ending a user's access", () => {
  it("a password reset ends their sessions and revokes their API tokens, and the audit log says so", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    const { token } = await createApiToken(user, { name: "script" }, user);
    expect(await actorFromToken(token)).not.toBeNull();
    const link = await createResetLink(user.id, "http://tuneset.test", await commandLineActor());
    await resetPassword(new URL(link).searchParams.get("token")!, "another long password");

    expect(await sessionFor(cookie)).toBeNull();
    expect(await actorFromToken(token)).toBeNull();
    expect((await db().apiToken.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).not.toBeNull();
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "user.password_reset", targetId: user.id } });
    expect(event.summary).toBe(`Set a new password from a reset link for ${user.email}: signed out everywhere and revoked 1 API token.`);
  });

  it("turning the account off revokes its API tokens for good", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    const { token } = await createApiToken(user, { name: "script" }, user);
    const admin = await commandLineActor();
    await setUserDisabled(admin, user.id, true);
    await setUserDisabled(admin, user.id, false);
    expect(await sessionFor(cookie)).toBeNull();
    expect(await actorFromToken(token)).toBeNull();
  });
});
