import { test as base, expect, type APIRequestContext, type Browser, type Download, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

// Each test makes its own dataset (unique name), so tests never share or depend on
// each other's data.

export { PUBLIC_DATA, publicFile } from "../lib/test/public-data";
export const readLines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");

export type Dataset = { id: string; name: string };

export async function createDataset(request: APIRequestContext, name: string): Promise<Dataset> {
  const res = await request.post("/api/v1/datasets", { data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).dataset;
}

export async function importBody(request: APIRequestContext, datasetId: string, body: string | Buffer, filename = "test.jsonl") {
  return request.post(`/api/v1/datasets/${datasetId}/imports?filename=${encodeURIComponent(filename)}`, {
    data: typeof body === "string" ? Buffer.from(body) : body,
    headers: { "content-type": "application/octet-stream" },
  });
}

/** One JSONL line per value; strings are taken as lines already written (broken ones too). */
export const jsonl = (lines: (string | object)[]) => lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n";

/** A two-turn chat record whose user message is `question`. */
export const chat = (question: string, answer = `Answer to: ${question}`) => ({
  messages: [
    { role: "user", content: question },
    { role: "assistant", content: answer },
  ],
});

type Row = { id: string; status: string; kind: string; preview: string; turns: number };

/** Every row of a dataset matching `query` (table filters and sort), through the HTTP API. */
export async function listAll(request: APIRequestContext, datasetId: string, query: Record<string, string> = {}) {
  const rows: Row[] = [];
  let cursor = "";
  do {
    const qs = new URLSearchParams({ ...query, limit: "500", ...(cursor ? { cursor } : {}) });
    const res = await request.get(`/api/v1/datasets/${datasetId}/conversations?${qs}`);
    expect(res.status(), await res.text()).toBe(200);
    const page = await res.json();
    rows.push(...page.conversations);
    cursor = page.next_cursor ?? "";
  } while (cursor);
  return rows;
}

export async function getConversation(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/v1/conversations/${id}`);
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

// --- The dataset page, by role and accessible name --------------------------------

export const conversationsTable = (page: Page) => page.getByRole("table", { name: "Conversations" });

/** The preview links of the table's rows, one per conversation on the page (other links, such as a row's duplicate cluster, lead elsewhere). */
export const previewLinks = (page: Page) => conversationsTable(page).getByRole("link").and(page.locator('a[href^="/conversations/"]'));

/** The "86 conversations" count above the table. */
export const conversationCount = (page: Page) => page.getByRole("region", { name: "Conversations", exact: true }).getByText(/^[\d,]+ conversations?$/);

/** Ids of the conversations on the current page, in table order (read from the row links). */
export async function idsOnPage(page: Page): Promise<string[]> {
  const hrefs = await previewLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.match(/^\/conversations\/(\d+)/)![1]);
}

/**
 * The dataset page's "+ Filter" menu, open: the filters past search and status. Retried
 * until the panel shows, since a click before the page is live opens nothing.
 */
export async function moreFilters(page: Page): Promise<Locator> {
  const panel = page.getByRole("group", { name: "More filters" });
  await expect(async () => {
    if (!(await panel.isVisible())) await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(panel).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return panel;
}

/** The dataset page's chips of the filters past search and status. */
export const activeFilters = (page: Page) => page.getByRole("list", { name: "Active filters" });

/** An action that cannot be taken now: still in its place, marked unavailable, and saying why. */
export async function expectUnavailable(page: Page, name: string, why: RegExp) {
  const button = page.getByRole("button", { name, exact: true });
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await expect(button).toHaveAccessibleDescription(why);
}

type ImportCounts = { imported: number; invalid: number; duplicates: number; lines: number };

/**
 * Picks a file in the import panel (a path, or a file made in the test) and waits for
 * the import result, which it returns, after checking its four counts when given.
 */
export async function importThroughPicker(page: Page, file: string | { name: string; body: string }, counts?: ImportCounts): Promise<Locator> {
  const files = typeof file === "string" ? file : { name: file.name, mimeType: "application/jsonl", buffer: Buffer.from(file.body) };
  await page.getByLabel("Choose file").setInputFiles(files);
  const result = page.getByRole("region", { name: "Import result" });
  await expect(result).toBeVisible();
  if (counts) await expectImportCounts(result, counts);
  return result;
}

/** The four counts of an import result, in the order the panel shows them. */
export async function expectImportCounts(result: Locator, c: ImportCounts) {
  await expect(result.getByRole("term")).toHaveText(["Imported", "Invalid", "Exact duplicates", "Lines"]);
  await expect(result.getByRole("definition")).toHaveText([c.imported, c.invalid, c.duplicates, c.lines].map(String));
}

/**
 * After an import the server indexes text and counts tokens in the background; the
 * page shows a notice and re-reads itself until that is done. Call it once the table
 * shows the imported rows, so the notice has had its chance to appear.
 */
export async function waitForBackgroundWork(page: Page) {
  await expect(page.getByText(/Working in the background/)).toBeHidden({ timeout: 30_000 });
}

/** Clicks a download link and returns the downloaded file's non-empty lines. */
export async function downloadLines(page: Page, link: Locator): Promise<{ lines: string[]; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await download.path();
  const text = readFileSync(path, "utf8");
  return { lines: text.split("\n").filter((l) => l !== ""), download };
}

export const test = base.extend<{ uniqueName: (prefix: string) => string; dataset: Dataset }>({
  // API calls made by a test act as whoever its pages are signed in as (the admin,
  // unless the test says otherwise).
  request: async ({ playwright, baseURL, storageState }, provide) => {
    const request = await playwright.request.newContext({ baseURL, storageState });
    await provide(request);
    await request.dispose();
  },
  // The fixture callback is named `provide`, not `use`: the React hooks lint rule takes
  // any call to `use` for React's hook.
  uniqueName: async ({}, provide, info) => {
    let n = 0;
    await provide((prefix) => `${prefix} ${info.workerIndex}-${Date.now().toString(36)}-${n++}`);
  },
  /** A fresh, empty dataset named after the test. */
  dataset: async ({ request, uniqueName }, provide, info) => {
    await provide(await createDataset(request, uniqueName(info.title.slice(0, 40))));
  },
});

export { expect };

/** Approves records through the bulk API: the ones named, else every record of the dataset. Returns their ids. */
export async function approve(request: APIRequestContext, datasetId: string, ids?: number[]): Promise<number[]> {
  const selected = ids ?? (await listAll(request, datasetId)).map((r) => Number(r.id));
  const res = await request.post(`/api/v1/datasets/${datasetId}/bulk`, {
    data: { selection: { ids: selected }, action: { type: "set_status", status: "approved" } },
  });
  expect(res.status(), await res.text()).toBe(200);
  return selected;
}

/** Help-desk records about parcels, as JSONL lines; `first` and `step` number the parcels, so each spec has its own. */
export const parcelLines = (count: number, first: number, step: number) =>
  Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      messages: [
        { role: "system", content: "You are the help desk of Acme Parcel." },
        { role: "user", content: `Where is parcel number ${first + i * step}, sent on day ${i % 28}?` },
        { role: "assistant", content: `Parcel ${first + i * step} left the depot on day ${i % 28}; it arrives within ${(i % 4) + 1} days.` },
      ],
    }),
  );

/** The password of the accounts tests make (the first-run admin has its own, in admin-state.ts). */
export const PASSWORD = "a long and boring password";

/** Makes an account on the admin's Users page. */
export async function createUser(page: Page, user: { name: string; email: string; password?: string; role?: string }) {
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("E-mail").fill(user.email);
  await form.getByLabel(/^Password/).fill(user.password ?? PASSWORD);
  await form.getByLabel("Role").selectOption(user.role ?? "annotator");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText(`${user.name} can now sign in as ${user.email}`)).toBeVisible();
}

/** Adds an account to a dataset on its settings page, with the dataset's default role. */
export async function addMember(page: Page, dataset: Dataset, email: string) {
  await page.goto(`/datasets/${dataset.id}/settings`);
  await page.getByRole("form", { name: "Add member" }).getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("list", { name: "Members" }).getByText(email)).toBeVisible();
}

/** Signs in on the sign-in page in a browser of its own (no one else's cookies) and returns the page showing the datasets. */
export async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Datasets", exact: true })).toBeVisible();
  return page;
}

/**
 * Opens a conversation's turn editor and waits until it is live (it focuses its first
 * turn once hydrated), so typing is never lost to a page still starting up.
 */
export async function openEditor(page: Page, id: string) {
  await page.goto(`/conversations/${id}?edit=1`);
  await expect(page.getByRole("textbox", { name: /^Message 1 / })).toBeFocused();
}
