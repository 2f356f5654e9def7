import { chat, expect, importBody, jsonl, listAll, test } from "./fixtures";
import { ADMIN } from "./admin-state";

// The audit log as a lead or admin reads it: what happened in one dataset, by whom.
test("the audit log lists who imported a file and who decided on a conversation", async ({ page, request, dataset }) => {
  const imported = await importBody(request, dataset.id, jsonl([chat("How do I reset my password?"), chat("Where is my invoice?")]), "tickets.jsonl");
  expect(imported.status(), await imported.text()).toBe(200);
  const [row] = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  const decided = await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, status: "approved" } });
  expect(decided.status(), await decided.text()).toBe(200);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const filter = page.getByRole("form", { name: "Filter the audit log" });
  await filter.getByLabel("Dataset").selectOption({ label: dataset.name });
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]dataset=${dataset.id}`));

  // Newest first: the decision, the import, and the dataset's creation by the test's fixture.
  const rows = page.getByRole("table", { name: "Audit events" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Set a status");
  await expect(rows.nth(1)).toContainText(`Set conversation #${row.id} from Pending to Approved.`);
  await expect(rows.nth(2)).toContainText("Imported a file");
  // The import is named by its file and the time it started, never by its id.
  await expect(rows.nth(2)).toContainText(/Imported tickets\.jsonl \(\w{3} \d+, \d{4}, [\d:]+ [AP]M UTC\) into /);
  await expect(rows.nth(2)).toContainText(`UTC) into ${dataset.name}: 2 records, 0 invalid.`);
  await expect(rows.nth(3)).toContainText("Created a dataset");
  for (const i of [1, 2, 3]) {
    await expect(rows.nth(i)).toContainText(ADMIN.name);
    await expect(rows.nth(i).getByRole("link", { name: dataset.name })).toHaveAttribute("href", `/datasets/${dataset.id}`);
  }

  // Narrowing to one action keeps the dataset chosen.
  await filter.getByLabel("Action").selectOption({ label: "Set a status" });
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(2);
  await expect(filter.getByLabel("Dataset")).toHaveValue(dataset.id);

  // A day after the events: nothing, and a way back.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await filter.getByLabel("From").fill(tomorrow);
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(filter.getByLabel("Dataset")).toHaveValue("");

  // The HTTP API answers the same filter with the same events.
  const api = await request.get(`/api/v1/audit?dataset=${dataset.id}`);
  expect(api.status(), await api.text()).toBe(200);
  const body = await api.json();
  expect(body.events.map((e: { action: string; actor: { name: string } }) => [e.action, e.actor.name])).toEqual([
    ["conversation.status_set", ADMIN.name],
    ["import.finished", ADMIN.name],
    ["dataset.created", ADMIN.name],
  ]);
  expect(body.next_cursor).toBeNull();
  expect((await request.get("/api/v1/audit?from=May")).status()).toBe(400);
});
