import { expect, test } from "@playwright/test";
import { ADMIN, adminStatePath } from "./admin-state";

// The first visit to a fresh install: every page sends the visitor to sign in, sign-in
// sends them on to make the admin, and the admin lands signed in on the datasets.
test("a fresh install asks for its admin, then signs them in", async ({ page }) => {
  await page.goto("/datasets/anything");
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("heading", { name: "Welcome to Tuneset" })).toBeVisible();

  const form = page.getByRole("form", { name: "Create the admin account" });
  await form.getByLabel("Your name").fill(ADMIN.name);
  await form.getByLabel("E-mail").fill(ADMIN.email);
  // The rules show before anything is submitted, and a refused password stays to be fixed.
  await expect(form.getByRole("listitem")).toHaveText([/10 to 128 characters/, /At least 4 different characters/, /Not containing the e-mail's name/]);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create admin and sign in" }).click();
  await expect(form.getByText(/at least 10 characters/)).toBeVisible();
  await expect(form.getByLabel("Password")).toHaveValue("short");

  await form.getByLabel("Password").fill(ADMIN.password);
  await form.getByRole("button", { name: "Create admin and sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(ADMIN.name)).toBeVisible();

  // Only once: the first-run page now sends people to sign in.
  await page.goto("/welcome");
  await expect(page).toHaveURL(/\/$/);
  await page.context().storageState({ path: adminStatePath() });
});
