import type { APIRequestContext, Page } from "@playwright/test";
import Database from "better-sqlite3";
import { ADMIN, OPENAI_STAND_IN } from "./admin-state";
import { approve, expect, importBody, parcelLines, test, type Dataset } from "./fixtures";

// A lead launches fine-tunes against the local stand-in of the provider's API
// (e2e/openai-stand-in): from the approved set with a validation split to a finished
// model with its curves; through a rate limit; through a refusal, retried once; and a
// cancel. The app knows the stand-in only by its base URL.

const LINES = parcelLines(60, 5000, 13);

test.afterEach(async ({ request }) => {
  await request.delete(`${OPENAI_STAND_IN.admin}/faults`);
});

async function approvedDataset(request: APIRequestContext, dataset: Dataset) {
  const imported = await importBody(request, dataset.id, LINES.join("\n") + "\n", "parcels.jsonl");
  expect(imported.status(), await imported.text()).toBe(200);
  await approve(request, dataset.id);
}

/** From the dataset page: open the launch dialog on the approved set (a tenth held back); its snapshot is made on Launch. */
async function openLaunchDialog(page: Page, dataset: Dataset, title = "Launch a fine-tune on the approved records") {
  await page.goto(`/datasets/${dataset.id}`);
  await page.getByRole("link", { name: "Fine-tune approved…" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}\\?launch=1$`));
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Training file: 54 examples")).toBeVisible({ timeout: 30_000 });
  return dialog;
}

async function launch(page: Page, dataset: Dataset, suffix: string) {
  const dialog = await openLaunchDialog(page, dataset);
  await dialog.getByLabel("Suffix").fill(suffix);
  await dialog.getByRole("button", { name: "Launch fine-tune" }).click();
  await expect(page).toHaveURL(/\/fine-tunes\/[^/]+$/);
  return page.url().split("/").pop()!;
}

const statusBadge = (page: Page, label: string) => page.getByRole("heading", { level: 1 }).getByText(label, { exact: true });

async function createdJobs(request: APIRequestContext, suffix: string) {
  const res = await request.get(`${OPENAI_STAND_IN.admin}/calls`);
  const calls = (await res.json()).fineTuning as { method: string; path: string; status: number; body: { suffix?: string } }[];
  return calls.filter((c) => c.method === "POST" && c.path === "/v1/fine_tuning/jobs" && c.status === 200 && c.body?.suffix === suffix);
}

const snapshotNumbers = async (request: APIRequestContext, dataset: Dataset) =>
  ((await (await request.get(`/api/v1/datasets/${dataset.id}/snapshots`)).json()).snapshots as { number: number }[]).map((s) => s.number);

test("a lead launches from the approved set with a validation split and watches the job reach a model", async ({
  page,
  request,
  dataset,
  context,
}, testInfo) => {
  await approvedDataset(request, dataset);
  const dialog = await openLaunchDialog(page, dataset);
  await expect(dialog.getByText("Validation file: 6 examples")).toBeVisible();
  // The dialog checks the files a launch would upload, but the snapshot is made only on Launch.
  await expect(dialog).toContainText("Launch first freezes the 60 approved records as a numbered snapshot");
  expect(await snapshotNumbers(request, dataset)).toEqual([]);
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`launch-draft-${width}.png`) });
  }
  await expect(dialog.getByTestId("estimated-cost")).toHaveText(/^\$\d+\.\d\d$|^< \$0\.01$/);
  await dialog.getByLabel("Epochs").fill("2");
  await dialog.getByLabel("Suffix").fill("e2e-watch");
  await dialog.getByRole("button", { name: "Launch fine-tune" }).click();

  await expect(page).toHaveURL(/\/fine-tunes\/[^/]+$/);
  await expect(statusBadge(page, "Succeeded")).toBeVisible({ timeout: 30_000 });
  const model = page.getByTestId("fine-tuned-model");
  await expect(model).toHaveText(/^ft:gpt-4o-mini-2024-07-18:stand-in:e2e-watch:/);
  await expect(page.getByText("Epochs").locator("..")).toContainText("2");
  await expect(page.locator('[data-chart="Loss"] .recharts-line path').first()).toBeVisible();
  await expect(page.getByRole("img", { name: /^Loss over \d+ steps$/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Event log" })).toContainText("Fine tuning job successfully completed");

  const body = (await createdJobs(request, "e2e-watch"))[0].body as { method: unknown; validation_file: string | null; hyperparameters?: unknown };
  expect(body.method).toEqual({ type: "supervised", supervised: { hyperparameters: { n_epochs: 2 } } });
  expect(body.validation_file).toMatch(/^file-/);
  expect(body).not.toHaveProperty("hyperparameters");

  // The jobs page lists it with its snapshot and model, one click to copy.
  const modelId = await model.textContent();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Fine-tunes" }).click();
  await expect(page).toHaveURL(/\/fine-tunes$/);
  const row = page.getByRole("row").filter({ hasText: "e2e-watch" });
  await expect(row).toContainText("snapshot #1");
  await expect(row).toContainText("Succeeded");
  await row.getByRole("button", { name: /^Copy ft:/ }).click();
  await expect(row.getByRole("button", { name: /^Copy ft:/ })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(modelId);
  expect(await snapshotNumbers(request, dataset)).toEqual([1]);

  // Nothing changed since: the dialog launches from snapshot #1 again and says so, and no copy is made.
  const again = await openLaunchDialog(page, dataset, "Launch a fine-tune from snapshot #1");
  await expect(again.getByRole("note")).toHaveText(
    "Snapshot #1 already holds exactly these 60 approved records with these options, so Launch reuses it instead of making a copy.",
  );
  await again.getByRole("button", { name: "Close" }).click();
  await expect(again).toHaveCount(0);
  expect(await snapshotNumbers(request, dataset)).toEqual([1]);
});

test("with no provider set up, Fine-tune approved… says where to set one up and makes no snapshot", async ({ page, request, dataset }, testInfo) => {
  await approvedDataset(request, dataset);
  // OpenAI saved with no key stands in for a server with no provider at all (the e2e server's environment sets one).
  const db = new Database(process.env.E2E_DATABASE_URL!.replace(/^file:/, ""));
  try {
    const adminId = db.prepare("SELECT id FROM User WHERE email = ?").pluck().get(ADMIN.email);
    db.prepare("INSERT INTO ProviderSetting (kind, updatedById, updatedAt) VALUES ('openai', ?, ?)").run(
      adminId,
      new Date().toISOString().replace("Z", "+00:00"),
    );
    await page.goto(`/datasets/${dataset.id}`);
    await page.getByRole("link", { name: "Fine-tune approved…" }).click();
    const dialog = page.getByRole("dialog", { name: "Launch a fine-tune" });
    await expect(dialog.getByText("No fine-tuning provider is set up", { exact: true })).toBeVisible();
    await expect(dialog).toContainText("nothing was made. An admin sets one up under Settings → Fine-tuning providers.");
    await expect(dialog.getByRole("link", { name: "Set up a provider" })).toHaveAttribute("href", "/admin/settings#providers");
    for (const [width, height] of [
      [1440, 900],
      [1280, 720],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: testInfo.outputPath(`launch-no-provider-${width}.png`) });
    }
    expect(await snapshotNumbers(request, dataset)).toEqual([]);
    // The launch itself checks first too: a form sent anyway makes no snapshot either.
    const launched = await request.post("/api/v1/fine-tunes", { data: { dataset_id: dataset.id, model: "gpt-4o-mini-2024-07-18" } });
    expect(launched.status()).toBe(400);
    expect((await launched.json()).error.message).toMatch(/No key is saved for OpenAI/);
    expect(await snapshotNumbers(request, dataset)).toEqual([]);
    await dialog.getByRole("link", { name: "Close" }).click();
    await expect(dialog).toHaveCount(0);
  } finally {
    db.prepare("DELETE FROM ProviderSetting WHERE kind = 'openai'").run();
    db.close();
  }
});

test("a rate limit on job creation is waited out and the launch goes through once", async ({ page, request, dataset }) => {
  await approvedDataset(request, dataset);
  const fault = await request.post(`${OPENAI_STAND_IN.admin}/faults`, {
    data: { status: 429, times: 1, path: "/v1/fine_tuning/jobs", method: "POST", retryAfterMs: 200 },
  });
  expect(fault.status()).toBe(200);
  await launch(page, dataset, "e2e-limited");
  await expect(statusBadge(page, "Succeeded")).toBeVisible({ timeout: 30_000 });
  expect((await (await request.get(`${OPENAI_STAND_IN.admin}/faults`)).json()).fault).toBeNull();
  expect(await createdJobs(request, "e2e-limited")).toHaveLength(1);
});

test("a refusal reaches the lead in the provider's words, a double click makes one job, and a retry creates it once", async ({ page, request, dataset }) => {
  await approvedDataset(request, dataset);
  const message = "This organization is not eligible to create fine-tuning jobs. Self-serve fine-tuning is no longer available for your organization.";
  await request.post(`${OPENAI_STAND_IN.admin}/faults`, { data: { status: 403, path: "/v1/fine_tuning/jobs", method: "POST", message } });
  const dialog = await openLaunchDialog(page, dataset);
  await dialog.getByLabel("Suffix").fill("e2e-refused");
  await dialog.getByRole("button", { name: "Launch fine-tune" }).dblclick();
  await expect(page).toHaveURL(/\/fine-tunes\/[^/]+$/);
  const jobId = page.url().split("/").pop()!;

  const alert = page.getByRole("alert").filter({ hasText: "refused this fine-tune" });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert.getByTestId("provider-message")).toHaveText(message);
  await expect(alert).toContainText("HTTP 403");
  await expect(statusBadge(page, "Refused by provider")).toBeVisible();

  const jobs = (await (await request.get(`/api/v1/fine-tunes?dataset=${dataset.id}`)).json()).data as {
    id: string;
    status: string;
    error: { message: string };
  }[];
  expect(jobs.map((j) => j.id)).toEqual([jobId]);
  expect(jobs[0].error.message).toBe(message);

  await request.delete(`${OPENAI_STAND_IN.admin}/faults`);
  await page.getByRole("button", { name: "Retry launch" }).click();
  await expect(statusBadge(page, "Succeeded")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("alert").filter({ hasText: "refused" })).toHaveCount(0);
  expect(await createdJobs(request, "e2e-refused")).toHaveLength(1);
});

test("a running job is cancelled at the provider", async ({ page, request, dataset }) => {
  await approvedDataset(request, dataset);
  await launch(page, dataset, "e2e-cancel");
  await expect(statusBadge(page, "Running")).toBeVisible({ timeout: 30_000 });
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Cancel job" }).click();
  await expect(statusBadge(page, "Cancelled")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Cancel job" })).toHaveCount(0);
  const calls = (await (await request.get(`${OPENAI_STAND_IN.admin}/calls`)).json()).fineTuning as { method: string; path: string }[];
  expect(calls.some((c) => c.method === "POST" && /\/v1\/fine_tuning\/jobs\/[^/]+\/cancel$/.test(c.path))).toBe(true);
});

test("a sweep shows every job's estimate and the total before launching, then compares the finished jobs' losses", async ({ page, request, dataset }) => {
  await approvedDataset(request, dataset);
  const dialog = await openLaunchDialog(page, dataset);
  await dialog.getByRole("radio", { name: "Sweep (up to 9 jobs)" }).click();
  await dialog.getByLabel("Epochs (values)").fill("1,2");
  await dialog.getByLabel("Learning rate multiplier (values)").fill("0.5,1");
  await dialog.getByLabel("Suffix").fill("e2e-sweep");
  const grid = dialog.getByRole("table", { name: "Sweep jobs" });
  await expect(grid.getByRole("row")).toHaveCount(5);
  await expect(grid).toContainText("e2e-sweep-e2-lr0p5");
  await expect(dialog.getByTestId("sweep-total")).toHaveText(/^\$\d+\.\d\d$|^< \$0\.01$/);
  await dialog.getByLabel("Epochs (values)").fill("1,2,3,4");
  await expect(dialog.getByText(/would launch 8 jobs/)).toHaveCount(0);
  await dialog.getByLabel("Learning rate multiplier (values)").fill("0.5,1,2");
  await expect(dialog.getByText(/this grid would launch 12 jobs/)).toBeVisible();
  await dialog.getByLabel("Epochs (values)").fill("1,2");
  await dialog.getByLabel("Learning rate multiplier (values)").fill("0.5,1");
  await dialog.getByRole("button", { name: "Launch sweep" }).click();

  await expect(page).toHaveURL(/\/fine-tunes\/sweeps\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Sweep of 4 fine-tunes" })).toBeVisible();
  const table = page.getByRole("table", { name: "Sweep comparison" });
  await expect(table.getByText("Succeeded", { exact: true })).toHaveCount(4, { timeout: 45_000 });
  await expect(table.getByText("lowest validation loss")).toHaveCount(1);
  for (const row of await table.getByRole("row").all()) {
    if (await row.getByRole("columnheader").count()) continue;
    await expect(row.getByRole("cell").nth(4)).toHaveText(/^\d\.\d{4}$/);
  }
  expect(await createdJobs(request, "e2e-sweep-e1-lr0p5")).toHaveLength(1);
});
