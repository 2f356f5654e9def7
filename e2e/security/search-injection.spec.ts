import { chat, conversationsTable, expect, importBody, jsonl, test, waitForBackgroundWork } from "../fixtures";

// What a user types into the search box reaches an FTS5 MATCH, and the snippet of a
// matching row is drawn from the conversation's own text: neither markup nor query
// syntax may run, break the page or turn into a 500. The search is made of words only;
// the snippet's marks come from delimiters, never from the text.

const IMG = "<img src=x onerror=alert(1)>";
const HOSTILE = [
  `${IMG} password`,
  '"password',
  "password*",
  'password" OR "*',
  "NEAR(password reset, 2)",
  "text:password",
  "^password AND (reset",
  "password\u0002reset\u0003",
  "' OR 1=1 --",
  "*",
  '"',
  "p".repeat(500),
];

test("search strings with HTML or FTS syntax are taken as words: the page renders them as text and never fails", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("Hello", `To reset your password ${IMG} <b>now</b>`), chat("Where is my parcel?")]));
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/datasets/${dataset.id}`);
  await waitForBackgroundWork(page);

  for (const q of HOSTILE) {
    const res = await page.goto(`/datasets/${dataset.id}?q=${encodeURIComponent(q)}`);
    expect(res?.status(), q).toBe(200);
    await expect(page.getByRole("searchbox", { name: "Search conversations" })).toHaveValue(q);
    const api = await request.get(`/api/v1/datasets/${dataset.id}/conversations?q=${encodeURIComponent(q)}`);
    expect(api.status(), q).toBe(200);
  }

  // The matching row's snippet shows the message's markup as text; the marks are the searched words, as words.
  await page.goto(`/datasets/${dataset.id}?q=${encodeURIComponent(`${IMG} password`)}`);
  const row = conversationsTable(page).getByRole("row").filter({ hasText: "Hello" });
  await expect(row.locator("mark")).toHaveText(["password", "img", "src", "x", "onerror", "alert", "1"]);
  await expect(row).toContainText(`${IMG} <b>now</b>`);
  await expect(conversationsTable(page).locator("img, b")).toHaveCount(0);

  // Over the limit: a 4xx-style explanation on the page, not an error page.
  const tooLong = await page.goto(`/datasets/${dataset.id}?q=${"p".repeat(501)}`);
  expect(tooLong?.status()).toBe(200);
  await expect(page.getByText("Keep the search under 500 characters")).toBeVisible();
  const api = await request.get(`/api/v1/datasets/${dataset.id}/conversations?q=${"p".repeat(501)}`);
  expect(api.status()).toBe(400);
  expect(dialogs).toEqual([]);
});
