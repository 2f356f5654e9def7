import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Single sign-on with an OpenID Connect provider (a real one, e2e/oidc-issuer.ts):
// someone without an account signs in through it and gets one as an annotator, who
// sees no dataset until a lead adds them.

async function signInThroughProvider(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
  // The provider's own pages: its login, then its consent.
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
}

test("someone with an account signs in through the provider as themselves, with their role", async ({ page, browser, uniqueName }) => {
  const email = `lee.${uniqueName("l").replace(/\W+/g, "")}@example.com`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill("Lee Lead");
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel(/^Password/).fill("a long and boring password");
  await form.getByLabel("Role").selectOption("lead");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText(/can now sign in/)).toBeVisible();

  const lee = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signInThroughProvider(lee, email);
  const nav = lee.getByRole("navigation", { name: "Main" });
  await expect(nav.getByText("Lee Lead")).toBeVisible();
  await expect(nav.getByText("(Lead)")).toBeVisible();
});

test.describe("without an account", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a new person signs in through the provider and lands as an annotator with no datasets", async ({ page, uniqueName }) => {
    const email = `sam.${uniqueName("s").replace(/\W+/g, "")}@example.com`;
    await signInThroughProvider(page, email);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByText("Sam Sso")).toBeVisible();
    await expect(nav.getByText("(Annotator)")).toBeVisible();
    await expect(page.getByRole("heading", { name: "No datasets yet" })).toBeVisible();
  });
});
