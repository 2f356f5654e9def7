import type { Locator, Page } from "@playwright/test";
import { expect, importBody, jsonl, listAll, test } from "./fixtures";

// Review mode: an annotator walks the table's filter from the keyboard alone.

const SYSTEM = "You are the support assistant of Northwind.";
const record = (n: number) => ({
  messages: [
    { role: "system", content: SYSTEM },
    { role: "user", content: `Question ${n}: how do I reset my password?` },
    { role: "assistant", content: `Answer ${n}: open Settings.` },
  ],
});

test("review five conversations with the keyboard only; the export holds exactly the edits", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([1, 2, 3, 4, 5].map(record)));
  const rows = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  await page.goto(`/datasets/${dataset.id}?status=pending&sort=created&dir=asc`);
  await page.getByRole("link", { name: "Review", exact: true }).click();
  const heading = page.getByRole("heading", { name: /^Conversation #\d+$/ });
  await expect(heading).toHaveText(`Conversation #${rows[0].id}`);
  await expect(page.getByText("0 of 5 reviewed")).toBeVisible();
  /** Presses a shortcut and expects review mode to show the row at `next` (in created order). */
  const pressAndExpect = async (key: string, next: number) => {
    await page.keyboard.press(key);
    await expect(heading).toHaveText(`Conversation #${rows[next].id}`);
  };

  // 1: edit the answer, save, label it, approve.
  await page.keyboard.press("e");
  await expect(page.getByRole("textbox", { name: "Message 1 (system)" })).toBeFocused();
  await tabTo(page, page.getByRole("textbox", { name: "Message 3 (assistant)" }));
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Then choose Security → Reset.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText(`Saved #${rows[0].id}.`)).toBeVisible();
  await page.keyboard.press("l");
  await page.keyboard.type("password");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByText("password", { exact: true })).toBeVisible();
  await pressAndExpect("a", 1);

  // 2: approve. 3: skip with j, then come back with k and reject it.
  await pressAndExpect("a", 2);
  await pressAndExpect("j", 3);
  await pressAndExpect("k", 2);
  await pressAndExpect("r", 3);

  // 4: needs changes, then undo that and approve instead. 5: approve.
  await pressAndExpect("n", 4);
  await page.keyboard.press("Control+z");
  await expect(page.getByText(`Undone: needs changes #${rows[3].id}.`)).toBeVisible();
  await expect(heading).toHaveText(`Conversation #${rows[3].id}`);
  await pressAndExpect("a", 4);
  await page.keyboard.press("a");
  await expect(page.getByText("That was the last conversation in this filter.")).toBeVisible();

  // The shortcut list is one key away.
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");

  await page.reload();
  await expect(page.getByText("5 of 5 reviewed")).toBeVisible();

  const statuses = (await listAll(request, dataset.id, { sort: "created", dir: "asc" })).map((r) => r.status);
  expect(statuses).toEqual(["approved", "approved", "rejected", "approved", "approved"]);
  const exported = await request.get(`/api/v1/datasets/${dataset.id}/export?status=approved&allowErrors=1`);
  const lines = (await exported.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const expected = [1, 2, 4, 5].map(record);
  expected[0].messages[2].content = "Answer 1: open Settings. Then choose Security → Reset.";
  expect(lines).toEqual(expected);
  const first = await (await request.get(`/api/v1/conversations/${rows[0].id}`)).json();
  expect(first.labels).toEqual(["password"]);
});

test("a filter with nothing in it says so and leads back to the table", async ({ page, dataset, request }) => {
  await importBody(request, dataset.id, jsonl([record(1)]));
  await page.goto(`/datasets/${dataset.id}/review?status=rejected`);
  await expect(page.getByText("Nothing to review in this filter")).toBeVisible();
  await page.getByRole("link", { name: "Back to table" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}\\?status=rejected`));
});

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the target");
}
