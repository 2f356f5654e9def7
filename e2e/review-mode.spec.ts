import type { Locator, Page } from "@playwright/test";
import { chat, expect, importBody, jsonl, listAll, test } from "./fixtures";
import { screenshotAtBothSizes } from "./screenshots";

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

test("review mode shows each record's flags and confirms each decision with an undo that reverts it", async ({ page, request, dataset }, testInfo) => {
  const RESET = "Open Settings, choose Security and then Reset password; the link in the e-mail works once and expires after an hour.";
  const fillers = Array.from({ length: 22 }, (_, i) =>
    chat(`Which plan includes ${i + 2} shared folders for my team?`, `The Team plan includes ${i + 2} shared folders and every member can edit them.`),
  );
  await importBody(
    request,
    dataset.id,
    jsonl([
      chat(
        "Please write to me at jane.doe@example.com about my refund, I have waited two weeks now.",
        "Sorry for the wait: the details of your refund go to that address today.",
      ),
      chat("How do I reset my password for the desktop app?", RESET),
      chat("How can I reset my password for the desktop app, please?", RESET),
      chat("How do I reset my password for the desktop app?", RESET),
      chat("Summarise the release notes for me.", "The release brings faster uploads and a new sharing dialog. ".repeat(120)),
      ...fillers,
    ]),
  );
  const ids = (await listAll(request, dataset.id, { sort: "created", dir: "asc" })).map((r) => r.id);
  const started = await request.post(`/api/v1/datasets/${dataset.id}/dedup`, { data: {} });
  expect(started.status()).toBe(202);
  await expect.poll(async () => (await (await request.get(`/api/v1/datasets/${dataset.id}/dedup`)).json()).run.status, { timeout: 30_000 }).toBe("done");
  await page.goto(`/datasets/${dataset.id}`);
  await expect(page.getByText(/Working in the background|still being worked out/)).toHaveCount(0, { timeout: 30_000 });

  const review = (id: string) => page.goto(`/datasets/${dataset.id}/review?status=pending&sort=created&dir=asc&at=${id}`);
  const flags = page.getByRole("group", { name: "Flags" });
  // The table's own chips: personal data and the language; an exact copy; a near-duplicate cluster; a length outlier.
  await review(ids[0]);
  await expect(flags).toContainText("PII");
  await expect(flags.getByTitle("English")).toHaveText("en");
  await review(ids[3]);
  await expect(flags).toContainText(`Duplicate of #${ids[1]}`);
  await review(ids[2]);
  await expect(flags.getByRole("link", { name: /^#\d+ · 0\.\d\d$/ })).toHaveAttribute("href", new RegExp(`/datasets/${dataset.id}/duplicates/\\d+$`));
  await review(ids[4]);
  await expect(flags).toContainText("outlier");

  // A decision is confirmed at once, with an Undo that puts the record back as it was.
  await review(ids[0]);
  const heading = page.getByRole("heading", { name: /^Conversation #\d+$/ });
  await expect(heading).toHaveText(`Conversation #${ids[0]}`);
  await page.keyboard.press("a");
  await expect(heading).toHaveText(`Conversation #${ids[1]}`);
  const toast = page.getByRole("status").filter({ hasText: `Approved: #${ids[0]}` });
  await expect(toast).toBeVisible();
  // The toast never takes focus: the next key still goes to review mode.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
  await screenshotAtBothSizes(page, testInfo, "review");
  expect((await (await request.get(`/api/v1/conversations/${ids[0]}`)).json()).status).toBe("approved");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Undone: approved #${ids[0]}.` })).toBeVisible();
  await expect(heading).toHaveText(`Conversation #${ids[0]}`);
  expect((await (await request.get(`/api/v1/conversations/${ids[0]}`)).json()).status).toBe("pending");
  await page.keyboard.press("r");
  await expect(page.getByRole("status").filter({ hasText: `Rejected: #${ids[0]}` })).toBeVisible();
  await expect(heading).toHaveText(`Conversation #${ids[1]}`);
  await expect.poll(async () => (await (await request.get(`/api/v1/conversations/${ids[0]}`)).json()).status).toBe("rejected");
});
