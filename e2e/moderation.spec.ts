import type { APIRequestContext, Page } from "@playwright/test";
import { OPENAI_STAND_IN } from "./admin-state";
import { chat, conversationCount, expect, idsOnPage, importThroughPicker, jsonl, listAll, test, type Dataset } from "./fixtures";

// The moderation pre-scan against the local stand-in of the provider's API (it flags
// "I want to kill them" as violence and harassment; e2e/openai-stand-in/README.md):
// off until a lead turns it on beside a warning naming where content goes, then a
// scan that finds the flagged record, and a refusal shown in the provider's words.

const TRIGGER = "I want to kill them.";
const providerHost = new URL(OPENAI_STAND_IN.baseURL).host;

test.afterEach(async ({ request }) => {
  await request.delete(`${OPENAI_STAND_IN.admin}/faults`);
});

async function importRecords(page: Page, dataset: Dataset, questions: string[]) {
  await page.goto(`/datasets/${dataset.id}`);
  await importThroughPicker(page, { name: "moderation.jsonl", body: jsonl(questions.map((q) => chat(q))) });
  await expect(conversationCount(page)).toHaveText(`${questions.length} conversation${questions.length === 1 ? "" : "s"}`);
}

/** Opens the settings, checks the warning, and turns the pre-scan on. */
async function turnOn(page: Page, dataset: Dataset) {
  await page.goto(`/datasets/${dataset.id}/settings`);
  const section = page.getByRole("region", { name: "Moderation pre-scan" });
  const toggle = section.getByRole("switch", { name: "Moderation pre-scan" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(section.getByRole("status").filter({ hasText: `Scanning sends the content of every record to ${providerHost}` })).toBeVisible();
  await expect(section.getByRole("button", { name: "Scan now" })).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  return section;
}

async function auditSummaries(request: APIRequestContext, datasetId: string, action: string) {
  const res = await request.get(`/api/v1/audit?dataset=${datasetId}&action=${action}`);
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()).events as { summary: string }[]).map((e) => e.summary);
}

test("a lead turns the pre-scan on, scans, and follows the flagged record to its categories", async ({ page, request, dataset }) => {
  await importRecords(page, dataset, ["How do I bake sourdough bread?", TRIGGER, "What causes the tides?"]);
  const section = await turnOn(page, dataset);

  await section.getByRole("button", { name: "Scan now" }).click();
  await expect(section.getByText(/^Last scan: 1 flagged of 3 records scanned/)).toBeVisible({ timeout: 30_000 });
  await expect(section.getByText("In this dataset now: 1 flagged, 3 scanned, 0 not scanned since their last edit.")).toBeVisible();
  expect(await auditSummaries(request, dataset.id, "moderation.scan_started")).toEqual([
    `Started a moderation scan of ${dataset.name} (records not scanned since their last edit), sending 3 records to ${providerHost}.`,
  ]);

  await section.getByRole("link", { name: "Show the 1 flagged record in the table" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}\\?moderation=flagged$`));
  await expect(conversationCount(page)).toHaveText("1 conversation");
  const flagged = (await listAll(request, dataset.id)).find((c) => c.preview.startsWith("I want to kill them"))!;
  expect(await idsOnPage(page)).toEqual([flagged.id]);

  await page
    .getByRole("link", { name: /I want to kill them/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${flagged.id}`));
  await expect(page.getByText("Flagged: violence, harassment (threatening), harassment", { exact: true })).toBeVisible();
});

test("a provider's refusal stops the scan and shows the provider's own message", async ({ page, request, dataset }) => {
  await importRecords(page, dataset, [TRIGGER]);
  const section = await turnOn(page, dataset);
  const message = "Project proj_e2e does not have access to omni-moderation-latest.";
  const set = await request.post(`${OPENAI_STAND_IN.admin}/faults`, { data: { status: 403, message, path: "/v1/moderations" } });
  expect(set.status()).toBe(200);

  await section.getByRole("button", { name: "Scan now" }).click();
  const stopped = section.getByRole("alert").filter({ hasText: "The last scan stopped after 0 records of 1" });
  await expect(stopped).toBeVisible({ timeout: 30_000 });
  await expect(stopped).toContainText(`${providerHost} refused the request (HTTP 403): “${message}”`);
  await expect(section.getByText("In this dataset now: 0 flagged, 0 scanned, 1 not scanned since their last edit.")).toBeVisible();
});
