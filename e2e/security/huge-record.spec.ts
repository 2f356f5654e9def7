import type { APIRequestContext } from "@playwright/test";
import { chat, createUser, expect, importBody, jsonl, listAll, signIn, test, waitForBackgroundWork } from "../fixtures";

// One valid 10 MB line must not freeze the server. Its page once took a minute of
// server time and 20 MB of HTML while every other request waited; now the page sends
// the start of each long text, "Show all" loads the rest on request, and a save can
// never put a shortened text in place of the whole one.

// Generous for two busy shared cores (an ordinary page takes up to a second there); the old page took over 60 s.
const PAGE_MS = 5_000;
const HTML_BYTES = 600_000;
const HALF = 5_000_000;

const words = (n: number, seed: string) => {
  const unit = `${seed} **bold** words, a [link](https://example.com) and \`code\`\n\n- a list item\n`;
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
};

async function importHuge(request: APIRequestContext, datasetId: string) {
  const line = {
    messages: [
      { role: "system", content: "You answer at length." },
      { role: "user", content: words(HALF, "question") },
      { role: "assistant", content: words(HALF, "answer") },
    ],
  };
  const res = await importBody(request, datasetId, jsonl([chat("An ordinary question"), line]), "huge.jsonl");
  expect(res.status(), await res.text()).toBe(200);
  const rows = await listAll(request, datasetId, { sort: "created", dir: "asc" });
  expect(rows).toHaveLength(2);
  return { small: rows[0].id, huge: rows[1].id };
}

async function timed(request: APIRequestContext, path: string) {
  const started = Date.now();
  const res = await request.get(path, { timeout: 120_000 });
  const body = await res.text();
  return { status: res.status(), ms: Date.now() - started, bytes: Buffer.byteLength(body), body };
}

test("a 10 MB record's page answers in seconds with bounded HTML while other requests are served", async ({ page, request, dataset }) => {
  test.setTimeout(240_000);
  const ids = await importHuge(request, dataset.id);
  // Counting 2.5 million tokens is the background's work, not the page's: let it finish first.
  await page.goto(`/datasets/${dataset.id}`);
  await waitForBackgroundWork(page);

  for (const path of [`/conversations/${ids.huge}`, `/datasets/${dataset.id}/review?at=${ids.huge}`, `/conversations/${ids.huge}?edit=1`]) {
    // Another user's request, sent while the huge page renders, is served promptly.
    const [huge, other] = await Promise.all([
      timed(request, path),
      new Promise((r) => setTimeout(r, 150)).then(() => timed(request, `/api/v1/conversations/${ids.small}`)),
    ]);
    expect(huge.status, path).toBe(200);
    expect(huge.ms, `${path} took ${huge.ms} ms`).toBeLessThan(PAGE_MS);
    expect(huge.bytes, `${path} sent ${huge.bytes} bytes`).toBeLessThan(HTML_BYTES);
    expect(other.status).toBe(200);
    expect(other.ms, `a small request waited ${other.ms} ms`).toBeLessThan(PAGE_MS);
    expect(huge.body, path).toContain("Showing 20,000 of 5,000,000 characters");
  }
});

test("Show all loads the whole text; an edit keeps the long text it did not load", async ({ page, request, dataset }) => {
  test.setTimeout(240_000);
  const ids = await importHuge(request, dataset.id);
  await page.goto(`/conversations/${ids.huge}`);
  const answer = page.getByRole("article", { name: "assistant message 3" });
  await expect(answer.getByText("Showing 20,000 of 5,000,000 characters")).toBeVisible();
  await answer.getByRole("button", { name: "Show all 5,000,000 characters" }).click();
  await expect(answer.getByText("All 5,000,000 characters")).toBeVisible({ timeout: 60_000 });
  await expect(answer.getByText(/Shown as plain text: markdown is rendered for texts up to 50,000 characters/)).toBeVisible();
  const shown = await answer.locator("[data-plain-text]").evaluate((el) => el.textContent ?? "");
  expect(shown.length).toBe(HALF);
  expect(shown).toBe(words(HALF, "answer"));

  // The editor shows turns too long to edit read-only; saving another change keeps them whole.
  await page.goto(`/conversations/${ids.huge}?edit=1`);
  await expect(page.getByText(/This turn is too long to edit in the browser .*; it is kept as it is when you save/).first()).toBeVisible();
  await page.getByRole("textbox", { name: /^Message 1 / }).fill("You answer briefly.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).not.toHaveURL(/edit=1/, { timeout: 30_000 });
  const stored = await (await request.get(`/api/v1/conversations/${ids.huge}`, { timeout: 60_000 })).json();
  expect(stored.version).toBe(2);
  expect(stored.messages[0].content).toBe("You answer briefly.");
  expect(stored.messages[1].content).toBe(words(HALF, "question"));
  expect(stored.messages[2].content).toBe(words(HALF, "answer"));
});

test("a long turn is loaded whole before it can be edited, and saves whole", async ({ page, request, dataset }) => {
  const question = words(100_000, "middling");
  const res = await importBody(
    request,
    dataset.id,
    jsonl([
      {
        messages: [
          { role: "user", content: question },
          { role: "assistant", content: "Noted." },
        ],
      },
    ]),
  );
  expect(res.status()).toBe(200);
  const [row] = await listAll(request, dataset.id);
  await page.goto(`/conversations/${row.id}?edit=1`);
  const field = page.getByRole("textbox", { name: /^Message 1 / });
  await expect(field).not.toBeEditable();
  await expect(field).toHaveValue(question.slice(0, 20_000));
  await page.getByRole("button", { name: "Load the whole turn to edit" }).click();
  await expect(field).toBeEditable();
  await expect(field).toHaveValue(question);
  await field.press("ControlOrMeta+End");
  await field.pressSequentially(" Thanks.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).not.toHaveURL(/edit=1/, { timeout: 30_000 });
  const stored = await (await request.get(`/api/v1/conversations/${row.id}`)).json();
  expect(stored.messages[0].content).toBe(`${question} Thanks.`);
});

test("a shortened text that does not match the stored one is refused, and the text route checks access", async ({ page, request, dataset, browser }) => {
  test.setTimeout(240_000);
  const ids = await importHuge(request, dataset.id);
  const forged = { $shortened: { text: "answer", length: HALF, path: ["messages", 2, "content"], id: Number(ids.huge), version: 1, digest: "0".repeat(40) } };
  const res = await request.patch(`/api/v1/conversations/${ids.huge}`, {
    data: {
      version: 1,
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: forged },
      ],
    },
  });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toMatch(/messages\[2\]\.content was sent shortened .* nothing was saved/);
  expect((await (await request.get(`/api/v1/conversations/${ids.huge}`)).json()).version).toBe(1);

  const text = (offset: number, path = '["messages",2,"content"]') =>
    `/api/v1/conversations/${ids.huge}/text?version=1&offset=${offset}&path=${encodeURIComponent(path)}`;
  const first = await (await request.get(text(0))).json();
  expect(first).toMatchObject({ version: 1, length: HALF, offset: 0, end: 1_000_000 });
  expect((await request.get(text(0, "messages.2"))).status()).toBe(400);
  expect((await request.get(text(0, '["messages",2]'))).status()).toBe(404);

  // Someone who is not a member of the dataset finds nothing there.
  const email = `outsider.${Date.now().toString(36)}@example.com`;
  await createUser(page, { name: "Outsider", email });
  const outsider = (await signIn(browser, email)).context();
  // The context's request client carries the outsider's session.
  expect((await outsider.request.get(text(0))).status()).toBe(404);
  expect((await outsider.request.get(`/api/v1/conversations/${ids.huge}/turns?version=1&from=1&path=${encodeURIComponent('["messages"]')}`)).status()).toBe(
    404,
  );
  await outsider.close();
});
