import type { APIRequestContext, Page, TestInfo } from "@playwright/test";
import { SCREEN_SIZES, screenshotAtBothSizes } from "./screenshots";
import { addMember, chat, createUser, expect, importBody, jsonl, listAll, signIn, test, type Dataset } from "./fixtures";

// A dataset's name, description and life, from the app's own navigation: renamed and
// described on its settings page, deleted there into the trash of datasets, restored
// from the Trash link above the list. And the list's columns add up to its total.

/** The whole page at both sizes, then back to the larger one for what follows. */
async function screenshots(page: Page, info: TestInfo, name: string) {
  await screenshotAtBothSizes(page, info, name, true);
  await page.setViewportSize(SCREEN_SIZES[0]);
}

/** The dataset's row in the list: its cells' texts, name first. */
const listRow = (page: Page, name: string) => page.getByRole("table", { name: "Datasets" }).getByRole("row").filter({ hasText: name });

/** Runs de-duplication and resolves its exact clusters, so one record becomes a duplicate. */
async function resolveExactDuplicates(request: APIRequestContext, dataset: Dataset) {
  const started = await request.post(`/api/v1/datasets/${dataset.id}/dedup`, { data: {} });
  expect(started.status(), await started.text()).toBe(202);
  await expect(async () => {
    const run = await (await request.get(`/api/v1/datasets/${dataset.id}/dedup`)).json();
    expect(run.run.status).toBe("done");
  }).toPass({ timeout: 30_000 });
  const resolved = await request.post(`/api/v1/datasets/${dataset.id}/dedup/resolve-exact`, { data: {} });
  expect(resolved.status(), await resolved.text()).toBe(200);
}

test("the datasets list shows every status and invalid lines, adding up to the total", async ({ page, request, dataset }, info) => {
  const twice = chat("How do I reset my password?");
  await importBody(request, dataset.id, jsonl([twice, twice, chat("Where is my parcel?"), chat("Can I pay later?"), chat("Cancel my order"), "{not json"]));
  const rows = await listAll(request, dataset.id, { invalid: "0" });
  const [approved, rejected] = rows.filter((r) => !r.preview.includes("password")).map((r) => Number(r.id));
  for (const [id, status] of [
    [approved, "approved"],
    [rejected, "rejected"],
  ] as const) {
    const res = await request.post(`/api/v1/datasets/${dataset.id}/bulk`, { data: { selection: { ids: [id] }, action: { type: "set_status", status } } });
    expect(res.status(), await res.text()).toBe(200);
  }
  await resolveExactDuplicates(request, dataset);

  await page.goto("/");
  const header = page.getByRole("table", { name: "Datasets" }).getByRole("columnheader");
  // (Created shows on the widest screens only.)
  await expect(header).toHaveText(["Name", "Target model", "Total", "Pending", "Approved", "Rejected", "Needs changes", "Duplicate", "Invalid"]);
  // Pending holds the one remaining password question and "Cancel my order"; the broken line is Invalid only.
  const cells = listRow(page, dataset.name).getByRole("cell");
  await expect(cells.nth(2)).toHaveText("6");
  const counts = (await cells.allInnerTexts()).slice(3, 9).map(Number);
  expect(counts).toEqual([2, 1, 1, 0, 1, 1]);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
  // Each count opens exactly its rows.
  await listRow(page, dataset.name)
    .getByRole("link", { name: `2 Pending in ${dataset.name}` })
    .click();
  await expect(page).toHaveURL(/status=pending&invalid=0/);
  await expect(page.getByRole("region", { name: "Conversations", exact: true }).getByText("2 conversations")).toBeVisible();

  // Recent imports names the import by its file and time, and counts one duplicate in the singular.
  const recent = page.getByRole("region", { name: "Recent imports" });
  await expect(recent.getByText("test.jsonl", { exact: true })).toHaveAttribute("title", /^test\.jsonl \(\w{3} \d+, \d{4}, [\d:]+ [AP]M UTC\)$/);
  await expect(recent.getByText("1 duplicate", { exact: true })).toBeVisible();
  await expect(recent.getByText("6 lines", { exact: true })).toBeVisible();

  await page.goto("/");
  await screenshots(page, info, "datasets-list");
});

test("a dataset is renamed, described, deleted and restored from the trash", async ({ page, request, dataset, uniqueName }, info) => {
  await importBody(request, dataset.id, jsonl([chat("Where is my refund?"), chat("Change my address")]));
  const taken = await request.post("/api/v1/datasets", { data: { name: uniqueName("taken") } });
  const takenName = (await taken.json()).dataset.name as string;

  // From the dataset's page to its settings, where the name and description are edited.
  await page.goto(`/datasets/${dataset.id}`);
  await page.getByRole("navigation", { name: "Dataset pages" }).getByRole("link", { name: "Settings" }).click();
  const form = page.getByRole("form", { name: "Name and description" });
  const name = form.getByRole("textbox", { name: "Name", exact: true });
  await expect(name).toHaveValue(dataset.name);

  // A name another dataset has is refused under the field, keeping what was typed.
  await name.fill(takenName);
  await form.getByRole("textbox", { name: /^Description/ }).fill("Refund questions from the help desk");
  await form.getByRole("button", { name: "Save name and description" }).click();
  await expect(form.getByText(`A dataset named “${takenName}” already exists; pick another name`)).toBeVisible();
  await expect(name).toHaveValue(takenName);
  await expect(form.getByRole("textbox", { name: /^Description/ })).toHaveValue("Refund questions from the help desk");

  const renamed = uniqueName("Refunds");
  await name.fill(renamed);
  await form.getByRole("button", { name: "Save name and description" }).click();
  await expect(form.getByText(`Saved: the dataset is called ${renamed}.`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(renamed);
  await screenshots(page, info, "dataset-settings");
  const api = await (await request.get(`/api/v1/datasets/${dataset.id}`)).json();
  expect(api.dataset).toMatchObject({ name: renamed, description: "Refund questions from the help desk" });

  // Delete asks once, then lands on the list, which says where the dataset went.
  await page.getByRole("button", { name: "Delete dataset…" }).click();
  await page
    .getByRole("group", { name: "Confirm deletion" })
    .getByRole("button", { name: `Delete ${renamed}` })
    .click();
  await expect(page).toHaveURL(/\/\?deleted=/);
  await expect(page.getByRole("status").filter({ hasText: `Deleted ${renamed}.` })).toBeVisible();
  await expect(listRow(page, renamed)).toHaveCount(0);
  expect((await page.goto(`/datasets/${dataset.id}`))?.status()).toBe(404);
  expect((await page.goto(`/datasets/${dataset.id}/settings`))?.status()).toBe(404);
  expect((await request.get(`/api/v1/datasets/${dataset.id}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/datasets/${dataset.id}/conversations`)).status()).toBe(404);

  // The Trash link above the list shows it, with Restore.
  await page.goto("/");
  await page.getByRole("link", { name: /^Trash \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/datasets\/trash$/);
  const trashed = page.getByRole("table", { name: "Deleted datasets" }).getByRole("row").filter({ hasText: renamed });
  await expect(trashed).toContainText("Refund questions from the help desk");
  await expect(trashed.getByRole("cell").nth(0)).toHaveText("2");
  await screenshots(page, info, "dataset-trash");
  await trashed.getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed);
  expect((await listAll(request, dataset.id)).length).toBe(2);

  // The audit log says who did each step.
  const events = await (await request.get(`/api/v1/audit?dataset=${dataset.id}`)).json();
  expect(events.events.map((e: { action: string }) => e.action)).toEqual(
    expect.arrayContaining(["dataset.renamed", "dataset.described", "dataset.deleted", "dataset.restored"]),
  );
});

test("restoring onto a name taken meanwhile asks for a new one", async ({ page, request, dataset }, info) => {
  const deleted = await request.delete(`/api/v1/datasets/${dataset.id}`);
  expect(deleted.status(), await deleted.text()).toBe(200);
  // Someone makes a new dataset with the freed name.
  expect((await request.post("/api/v1/datasets", { data: { name: dataset.name } })).status()).toBe(201);

  await page.goto("/datasets/trash");
  const row = page.getByRole("table", { name: "Deleted datasets" }).getByRole("row").filter({ hasText: dataset.name });
  await expect(row.getByText(`Another dataset is named ${dataset.name} now: restore this one under a new name.`)).toBeVisible();
  const newName = row.getByRole("textbox", { name: `New name for ${dataset.name}` });
  // Its own name again is refused, with the reason and the typed name kept.
  await newName.fill(dataset.name);
  await row.getByRole("button", { name: "Restore under this name" }).click();
  await expect(row.getByText(/was created after this one was deleted\. Restore it under another name/)).toBeVisible();
  await expect(newName).toHaveValue(dataset.name);
  await screenshots(page, info, "dataset-trash-name-taken");
  await newName.fill(`${dataset.name} (2024)`);
  await row.getByRole("button", { name: "Restore under this name" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${dataset.name} (2024)`);
});

test("an annotator reads the name and description but cannot rename, delete or open the trash", async ({ page, browser, dataset, uniqueName }) => {
  const email = `${uniqueName("annotator").replace(/[^a-z0-9]+/gi, ".")}@example.com`.toLowerCase();
  await createUser(page, { name: "Ann Otator", email, role: "annotator" });
  await addMember(page, dataset, email);
  const annotator = await signIn(browser, email);
  await expect(annotator.getByRole("link", { name: /^Trash/ })).toHaveCount(0);
  await annotator.goto(`/datasets/${dataset.id}/settings`);
  await expect(annotator.getByRole("region", { name: "Name and description" })).toContainText(dataset.name);
  await expect(annotator.getByRole("form", { name: "Name and description" })).toHaveCount(0);
  await expect(annotator.getByRole("button", { name: "Delete dataset…" })).toHaveCount(0);
  expect((await annotator.goto("/datasets/trash"))?.status()).toBe(403);
  await annotator.context().close();
});
