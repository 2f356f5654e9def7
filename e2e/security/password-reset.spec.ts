import type { Browser, Page } from "@playwright/test";
import { createUser, expect, signIn, test } from "../fixtures";
import { ADMIN } from "../admin-state";
import { readDatabase } from "./sign-in-helpers";

// Password resets are links an admin hands out: nobody can make one for themselves (or
// for the admin) through the library's endpoints. Using one, or an admin turning the
// account off, ends the user's sessions and revokes their API tokens.

const verifications = () => readDatabase((db) => db.prepare(`SELECT count(*) FROM Verification`).pluck().get() as number);

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("asking the library for a reset link answers 404 and writes nothing", async ({ request }) => {
    const before = verifications();
    const res = await request.post("/api/auth/request-password-reset", { data: { email: ADMIN.email, redirectTo: "/reset-password" } });
    expect(res.status()).toBe(404);
    expect(verifications()).toBe(before);
  });

  test("the library's endpoints Tuneset does not use answer 404", async ({ request }) => {
    const closed: [string, string][] = [
      ["POST", "/api/auth/reset-password"],
      ["GET", "/api/auth/reset-password/some-token?callbackURL=/"],
      ["POST", "/api/auth/sign-up/email"],
      ["POST", "/api/auth/change-password"],
      ["POST", "/api/auth/change-email"],
      ["POST", "/api/auth/update-user"],
      ["POST", "/api/auth/delete-user"],
      ["GET", "/api/auth/list-sessions"],
      ["POST", "/api/auth/revoke-sessions"],
      ["GET", "/api/auth/get-session"],
      ["POST", "/api/auth/sign-in/social"],
      ["POST", "/api/auth/sign-out"],
      ["POST", "/api/auth/send-verification-email"],
      ["GET", "/api/auth/verify-email?token=x"],
      ["GET", "/api/auth/list-accounts"],
      ["POST", "/api/auth/verify-password"],
      ["GET", "/api/auth/ok"],
    ];
    const before = verifications();
    for (const [method, path] of closed) {
      const data =
        method === "POST"
          ? { email: ADMIN.email, name: "Eve", password: "a long enough password", newPassword: "a long enough password", token: "x" }
          : undefined;
      const res = await request.fetch(path, { method, data });
      expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(404);
    }
    expect(verifications()).toBe(before);
  });
});

async function userWithSessionAndToken(page: Page, browser: Browser, email: string) {
  await createUser(page, { name: "Rey Reset", email });
  const user = await signIn(browser, email);
  await user.goto("/account");
  const tokens = user.getByRole("form", { name: "New API token" });
  await tokens.getByLabel("Name").fill("nightly script");
  await tokens.getByRole("button", { name: "Create token" }).click();
  const token = await user.getByLabel("New token").inputValue();
  const id = readDatabase((db) => db.prepare(`SELECT id FROM User WHERE email = ?`).pluck().get(email) as string);
  return { user, token, id };
}

const sessionsOf = (userId: string) => readDatabase((db) => db.prepare(`SELECT count(*) FROM Session WHERE userId = ?`).pluck().get(userId) as number);

test("after an admin's reset link is used, the user's API tokens answer 401 and their sessions are gone", async ({ page, browser, request, uniqueName }) => {
  const email = `rey.${uniqueName("r").replace(/\W+/g, "")}@example.com`;
  const { user, token, id } = await userWithSessionAndToken(page, browser, email);
  // A bearer token is all these requests go by (the admin's cookie beside it is not looked at).
  const bearer = { Authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/datasets", { headers: bearer })).status()).toBe(200);
  expect(sessionsOf(id)).toBe(1);

  await page.goto("/admin/users");
  await page.getByRole("row").filter({ hasText: email }).getByRole("button", { name: "Reset link" }).click();
  await expect(page.getByText(/revokes their API tokens/)).toBeVisible();
  const link = await page.getByLabel("Reset link").inputValue();
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(link);
  await expect(visitor.getByText("Setting a password signs you out everywhere and revokes your API tokens")).toBeVisible();
  await visitor.getByRole("form", { name: "Choose a new password" }).getByLabel("New password").fill("a brand new passphrase");
  await visitor.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByText("Your new password is set")).toBeVisible();

  expect((await request.get("/api/v1/datasets", { headers: bearer })).status()).toBe(401);
  expect(sessionsOf(id)).toBe(0);
  await user.goto("/");
  await expect(user).toHaveURL(/\/sign-in/);
});

test("turning an account off revokes its API tokens for good, and ends its sessions", async ({ page, browser, request, uniqueName }) => {
  const email = `tia.${uniqueName("t").replace(/\W+/g, "")}@example.com`;
  const { user, token, id } = await userWithSessionAndToken(page, browser, email);
  const bearer = { Authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/datasets", { headers: bearer })).status()).toBe(200);

  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText(`${email} is turned off: signed out everywhere, API tokens revoked.`)).toBeVisible();
  expect((await request.get("/api/v1/datasets", { headers: bearer })).status()).toBe(401);
  expect(sessionsOf(id)).toBe(0);

  await row.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText(`${email} can sign in again`)).toBeVisible();
  expect((await request.get("/api/v1/datasets", { headers: bearer })).status()).toBe(401);
  await user.goto("/");
  await expect(user).toHaveURL(/\/sign-in/);
});
