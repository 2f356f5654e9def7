import { existsSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test } from "./fixtures";
import { e2eDatabaseFile } from "./security/sign-in-helpers";

// An admin saves an OpenAI-compatible endpoint with its key on the settings page: the
// page shows only the key's last four characters, the key comes back in no page and no
// response the browser receives, and removing the settings hands the provider back to
// the server's environment (which sets none for this kind here). The e2e server sets no
// TUNESET_SECRET_KEY, so the first save generates the sealing key beside the database.

const sealingKeyFile = () => join(dirname(e2eDatabaseFile()), "secret-key");

const KEY = `sk-e2e-compatible-${Math.random().toString(36).slice(2, 12)}-wxyz`;

test("a provider key saved on the settings page stays on the server", async ({ page, request }, testInfo) => {
  // Every answer passes through here on its way to the page, so each body is read whole
  // (Chromium keeps no body of a prefetch it dropped, so listening alone could miss some).
  const received: string[] = [];
  await page.route("**/*", async (route) => {
    const res = await route.fetch();
    received.push(await res.text());
    await route.fulfill({ response: res });
  });

  await page.goto("/admin/settings");
  const sealing = page.getByTestId("sealing-key");
  await expect(sealing).toHaveText(
    /^The first key saved here makes a sealing key in .*secret-key, readable by the server's account only, unless TUNESET_SECRET_KEY is set/,
  );
  expect(existsSync(sealingKeyFile())).toBe(false);
  const card = page.getByRole("article", { name: "OpenAI-compatible endpoint" });
  await expect(card.getByText("Not set up", { exact: true })).toBeVisible();
  const form = card.getByRole("form", { name: "OpenAI-compatible endpoint settings" });

  // A problem is shown beside its field, and what was typed stays: the key too, though the server never sends it back.
  await form.getByLabel("Base URL").fill("llm.example.test/v1");
  await form.getByLabel("API key").fill(KEY);
  await form.getByRole("button", { name: "Save OpenAI-compatible endpoint settings" }).click();
  await expect(form.getByText("Use an http(s) address, such as https://llm.example.com/v1.")).toBeVisible();
  await expect(form.getByLabel("Base URL")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Base URL")).toHaveValue("llm.example.test/v1");
  await expect(form.getByLabel("API key")).toHaveValue(KEY);
  expect(existsSync(sealingKeyFile())).toBe(false);

  // Fixing the one field is enough: the key is still there to save.
  await form.getByLabel("Base URL").fill("https://llm.example.test/v1");
  await form.getByRole("button", { name: "Save OpenAI-compatible endpoint settings" }).click();
  await expect(card.getByText("Saved. Fine-tunes on OpenAI-compatible endpoint now use these settings.")).toBeVisible();
  // The first save made the sealing key, readable by the server's account alone, and the page says it is in use.
  expect((statSync(sealingKeyFile()).mode & 0o777).toString(8)).toBe("600");
  await expect(sealing).toHaveText(
    /^Keys saved here are sealed with the key Tuneset generated in .*secret-key \(readable by the server's account only\)\. Back it up/,
  );
  await expect(card.getByText("Key saved …wxyz (from the settings page). Fine-tunes go to llm.example.test.")).toBeVisible();
  await expect(card.getByText("Ready", { exact: true })).toBeVisible();
  await expect(form.getByLabel("API key")).toHaveValue("");
  await expect(form.getByLabel("API key")).toHaveAttribute("placeholder", "Leave empty to keep …wxyz");

  // Saving again with the key left empty keeps it.
  await form.getByRole("button", { name: "Save OpenAI-compatible endpoint settings" }).click();
  await expect(card.getByText("Nothing changed.")).toBeVisible();

  const html = await (await page.reload())!.text();
  // Saved for good: a fresh page shows it ready, from the settings page.
  await expect(card.getByText("Ready", { exact: true })).toBeVisible();
  await expect(card.getByText("Saved here", { exact: true })).toBeVisible();
  expect(html).toContain("…wxyz");
  expect(html).not.toContain(KEY);
  expect(await page.content()).not.toContain(KEY);

  // The audit log says who changed what, with the key's last four at most.
  const audit = await request.get("/api/v1/audit?action=provider.settings_changed");
  const text = await audit.text();
  expect(audit.status(), text).toBe(200);
  expect(text).not.toContain(KEY);
  const [event] = (JSON.parse(text) as { events: { summary: string; detail: unknown }[] }).events;
  expect(event.summary).toMatch(/^Saved settings for OpenAI-compatible endpoint \(base URL, API key …wxyz\)/);

  // Without the sealing key the saved key cannot be read, and the page says what to do,
  // its `quoted` names shown as code rather than between backticks.
  renameSync(sealingKeyFile(), `${sealingKeyFile()}.away`);
  try {
    await page.reload();
    const problem = card.getByRole("alert");
    await expect(problem).toContainText("reading it needs the key it was sealed with: TUNESET_SECRET_KEY is not set and");
    await expect(problem.locator("code").first()).toHaveText("TUNESET_SECRET_KEY");
    await expect(problem.locator("code").nth(1)).toHaveText(sealingKeyFile());
    await expect(problem).not.toContainText("`");
    await expect(card.getByText("Needs attention", { exact: true })).toBeVisible();
    await card.screenshot({ path: testInfo.outputPath("provider-without-sealing-key.png") });
  } finally {
    renameSync(`${sealingKeyFile()}.away`, sealingKeyFile());
  }
  await page.reload();
  await expect(card.getByText("Ready", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "Remove saved settings" }).click();
  await expect(card.getByText("Removed. The server's environment applies again.")).toBeVisible();
  await expect(card.getByText("Not set up", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Remove saved settings" })).toHaveCount(0);

  // The server actions' answers are among them, so the check covers what the forms received.
  expect(received.some((b) => b.includes("Saved. Fine-tunes on OpenAI-compatible endpoint"))).toBe(true);
  expect(received.filter((b) => b.includes(KEY))).toEqual([]);
});

test("the settings page at both sizes", async ({ page }, testInfo) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto("/admin/settings");
    await expect(page.getByTestId("sealing-key")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`settings-${width}.png`), fullPage: true });
  }
});
