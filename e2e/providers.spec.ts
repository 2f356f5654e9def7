import { expect, test } from "./fixtures";

// An admin saves an OpenAI-compatible endpoint with its key on the settings page: the
// page shows only the key's last four characters, the key comes back in no page and no
// response the browser receives, and removing the settings hands the provider back to
// the server's environment (which sets none for this kind here).

const KEY = `sk-e2e-compatible-${Math.random().toString(36).slice(2, 12)}-wxyz`;

test("a provider key saved on the settings page stays on the server", async ({ page, request }) => {
  // Every answer passes through here on its way to the page, so each body is read whole
  // (Chromium keeps no body of a prefetch it dropped, so listening alone could miss some).
  const received: string[] = [];
  await page.route("**/*", async (route) => {
    const res = await route.fetch();
    received.push(await res.text());
    await route.fulfill({ response: res });
  });

  await page.goto("/admin/settings");
  const card = page.getByRole("article", { name: "OpenAI-compatible endpoint" });
  await expect(card.getByText("Not set up", { exact: true })).toBeVisible();
  const form = card.getByRole("form", { name: "OpenAI-compatible endpoint settings" });

  // A problem is shown beside its field, and what was typed stays (but the key field is never refilled).
  await form.getByLabel("Base URL").fill("llm.example.test/v1");
  await form.getByLabel("API key").fill(KEY);
  await form.getByRole("button", { name: "Save OpenAI-compatible endpoint settings" }).click();
  await expect(form.getByText("Use an http(s) address, such as https://llm.example.com/v1.")).toBeVisible();
  await expect(form.getByLabel("Base URL")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Base URL")).toHaveValue("llm.example.test/v1");
  await expect(form.getByLabel("API key")).toHaveValue("");

  await form.getByLabel("Base URL").fill("https://llm.example.test/v1");
  await form.getByLabel("API key").fill(KEY);
  await form.getByRole("button", { name: "Save OpenAI-compatible endpoint settings" }).click();
  await expect(card.getByText("Saved. Fine-tunes on OpenAI-compatible endpoint now use these settings.")).toBeVisible();
  await expect(card.getByText("Key saved …wxyz (from the settings page). Fine-tunes go to llm.example.test.")).toBeVisible();
  await expect(card.getByText("Ready", { exact: true })).toBeVisible();
  await expect(form.getByLabel("API key")).toHaveValue("");
  await expect(form.getByLabel("API key")).toHaveAttribute("placeholder", "Leave empty to keep …wxyz");

  // Saving again with the key left empty keeps it.
  await form.getByRole("button", { name: "Save OpenAI-compatible endpoint settings" }).click();
  await expect(card.getByText("Nothing changed.")).toBeVisible();

  const html = await (await page.reload())!.text();
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

  await card.getByRole("button", { name: "Remove saved settings" }).click();
  await expect(card.getByText("Removed. The server's environment applies again.")).toBeVisible();
  await expect(card.getByText("Not set up", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Remove saved settings" })).toHaveCount(0);

  // The server actions' answers are among them, so the check covers what the forms received.
  expect(received.some((b) => b.includes("Saved. Fine-tunes on OpenAI-compatible endpoint"))).toBe(true);
  expect(received.filter((b) => b.includes(KEY))).toEqual([]);
});
