import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// What a new user meets around the pages: the navigation says where they are, "/datasets"
// leads to the list, a new API token copies in one click, the target-model menu shows
// whole choices, and wherever a password is chosen its rules show before submitting and a
// refused one stays in the field to be fixed.

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const borderColour = (link: Locator) => link.evaluate((a) => getComputedStyle(a).borderBottomColor);

test("the navigation marks the page it is on, and /datasets leads to the datasets", async ({ page, dataset }) => {
  await page.goto("/fine-tunes");
  const fineTunes = nav(page).getByRole("link", { name: "Fine-tunes" });
  const datasets = nav(page).getByRole("link", { name: "Datasets" });
  await expect(fineTunes).toHaveAttribute("aria-current", "page");
  await expect(datasets).not.toHaveAttribute("aria-current");
  await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(1);
  // Seen, not only announced: the current link is underlined in a colour the others lack.
  expect(await borderColour(fineTunes)).not.toBe(await borderColour(datasets));

  await page.goto("/");
  await expect(datasets).toHaveAttribute("aria-current", "page");
  await expect(fineTunes).not.toHaveAttribute("aria-current");
  // A dataset's pages sit under Datasets.
  await page.goto(`/datasets/${dataset.id}/settings`);
  await expect(datasets).toHaveAttribute("aria-current", "true");
  await page.goto("/admin/settings");
  await expect(nav(page).getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");

  const res = await page.goto("/datasets");
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Datasets", exact: true })).toBeVisible();
  await expect(datasets).toHaveAttribute("aria-current", "page");
});

test("a new API token copies to the clipboard in one click", async ({ page, context }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/account");
  await expect(nav(page).getByRole("link", { name: /Ada Admin/ })).toHaveAttribute("aria-current", "page");
  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill("copy check");
  await form.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^tst_/);
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await page.screenshot({ path: testInfo.outputPath("account-token.png") });
});

test("the target-model menu shows its whole choice at both sizes", async ({ page, dataset }, testInfo) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(`/datasets/${dataset.id}/settings`);
    const menu = page.getByLabel("Target model");
    await expect(menu).toBeVisible();
    const fit = await menu.evaluate((select: HTMLSelectElement) => {
      const shown = select.offsetWidth;
      select.style.width = "max-content";
      const needed = select.offsetWidth;
      select.style.width = "";
      const card = select.closest("section")!.getBoundingClientRect();
      return { shown, needed, inside: select.getBoundingClientRect().right <= card.right };
    });
    expect(fit.shown, `${width}px`).toBeGreaterThanOrEqual(fit.needed);
    expect(fit.inside, `${width}px`).toBe(true);
    await page.getByRole("region", { name: "Model" }).screenshot({ path: testInfo.outputPath(`target-model-${width}.png`) });
  }
});

test("the password rules show before submitting, and a refused password stays in the field", async ({ page, browser, uniqueName }, testInfo) => {
  const tag = uniqueName("p").replace(/\W+/g, "");
  const email = `grace.${tag}@example.com`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  const rules = form.getByRole("listitem");
  await expect(rules).toHaveText([/10 to 128 characters/, /At least 4 different characters/, /Not containing the e-mail's name/]);
  await form.getByLabel("Name").fill("Grace Hopper");
  await form.getByLabel("E-mail").fill(email);
  const password = form.getByLabel("Password");
  // The rules tick as they are met.
  await password.fill(`grace.${tag} is my password`);
  await expect(rules.nth(0)).toHaveAttribute("data-met", "true");
  await expect(rules.nth(2)).not.toHaveAttribute("data-met");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("Choose a password that does not contain the e-mail's name.")).toBeVisible();
  await expect(password).toHaveValue(`grace.${tag} is my password`);
  await expect(form.getByLabel("E-mail")).toHaveValue(email);
  await form.screenshot({ path: testInfo.outputPath("new-user-refused.png") });

  await password.fill("a compiler is a program");
  await expect(rules.nth(2)).toHaveAttribute("data-met", "true");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText(`Grace Hopper can now sign in as ${email}`)).toBeVisible();
  await expect(password).toHaveValue("");

  // The reset link's page, where the user chooses their own.
  await page.getByRole("row").filter({ hasText: email }).getByRole("button", { name: "Reset link" }).click();
  const link = await page.getByLabel("Reset link").inputValue();
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(link);
  const reset = visitor.getByRole("form", { name: "Choose a new password" });
  await expect(reset.getByRole("listitem")).toHaveText([/10 to 128 characters/, /At least 4 different characters/]);
  await reset.getByLabel("New password").fill("zzzzzzzzzzzz");
  await reset.getByRole("button", { name: "Set password" }).click();
  await expect(reset.getByText("Use a password with more than a few different characters.")).toBeVisible();
  await expect(reset.getByLabel("New password")).toHaveValue("zzzzzzzzzzzz");
  await reset.getByLabel("New password").fill("a sturdier passphrase");
  await reset.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByText("Your new password is set")).toBeVisible();
});
