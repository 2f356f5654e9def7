import { chat, conversationCount, expect, getConversation, importBody, jsonl, listAll, test, waitForBackgroundWork } from "./fixtures";
import type { APIRequestContext } from "@playwright/test";

// Bulk changes from the dataset table: a selection or the whole filter, one revision
// per touched record, undone as a whole.

const withPrompt = (prompt: string, question: string) => ({
  messages: [{ role: "system", content: prompt }, ...chat(question).messages],
});

async function revisions(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/v1/conversations/${id}/revisions`);
  expect(res.status()).toBe(200);
  return (await res.json()).revisions as { version: number; summary: string; actor: { email: string } }[];
}

async function exportAll(request: APIRequestContext, datasetId: string) {
  const res = await request.get(`/api/v1/datasets/${datasetId}/export?status=all&allowErrors=1`);
  expect(res.status()).toBe(200);
  return (await res.text()).split("\n").filter(Boolean);
}

test("replace the system prompt of every conversation matching a filter, then undo it", async ({ page, request, dataset }) => {
  const questions = ["Refund for my order", "Where is my parcel?", "A refund, please", "Change my address", "Refund not received", "Reset my password"];
  await importBody(request, dataset.id, jsonl(questions.map((q, i) => withPrompt(`Old prompt ${i}`, q))));
  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("6 conversations");
  await waitForBackgroundWork(page);

  // Two rows a page, so "all matching the filter" is more than the page.
  await page.goto(`/datasets/${dataset.id}?q=refund&limit=2`);
  await expect(conversationCount(page)).toHaveText("3 conversations");
  await page.getByRole("checkbox", { name: "Select all conversations on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: "Select all 3 matching this filter" }).click();
  await expect(bar).toContainText("3 selected");
  await bar.getByRole("button", { name: "Replace system prompt" }).click();
  await bar.getByRole("textbox", { name: "New system prompt" }).fill("You are Tuneset's support bot.");
  await bar.getByRole("button", { name: "Apply" }).click();
  const status = page.getByRole("status").filter({ hasText: "Replaced the system prompt in 3 conversations." });
  await expect(status).toBeVisible();

  const rows = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  const local = (await revisions(request, rows[0].id))[0].actor.email;
  for (const [i, row] of rows.entries()) {
    const record = await getConversation(request, row.id);
    const refund = /refund/i.test(questions[i]);
    expect(record.messages[0].content).toBe(refund ? "You are Tuneset's support bot." : `Old prompt ${i}`);
    const history = await revisions(request, row.id);
    if (refund) {
      expect(history.map((r) => [r.version, r.summary])).toEqual([
        [2, "bulk: replaced the system prompt"],
        [1, `imported from test.jsonl, line ${i + 1}`],
      ]);
      expect(history[0].actor.email).toBe(local);
    } else expect(history).toEqual([]);
  }

  await status.getByRole("button", { name: "Undo" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Undid: Replaced the system prompt in 3 conversations \(3 conversations put back\)\./ }),
  ).toBeVisible();
  for (const [i, row] of rows.entries()) {
    const record = await getConversation(request, row.id);
    expect(record.messages[0].content).toBe(`Old prompt ${i}`);
    if (/refund/i.test(questions[i])) {
      expect(record.version).toBe(3);
      expect((await revisions(request, row.id))[0].summary).toMatch(/^undid the bulk change “Replaced the system prompt/);
    }
  }
  await page.goto(`/conversations/${rows[0].id}`);
  await expect(page.getByRole("region", { name: "Revisions" })).toContainText("undid the bulk change");
  await page.goto(`/datasets/${dataset.id}`);
  const recent = page.getByRole("region", { name: "Recent bulk changes" });
  await expect(recent).toContainText("Replaced the system prompt in 3 conversations.");
  await expect(recent).toContainText("Undone");
});

test("find and replace shows a preview with counts and samples before it applies", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("My order number is 123", "Thanks."), chat("Order status?", "Shipped."), chat("Hello", "Hi.")]));
  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("3 conversations");
  await page.getByRole("checkbox", { name: "Select all conversations on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await bar.getByRole("button", { name: "Find and replace" }).click();
  await bar.getByRole("textbox", { name: "Find", exact: true }).fill("order");
  await bar.getByRole("textbox", { name: "Replace with" }).fill("purchase");
  await expect(bar.getByRole("button", { name: "Apply" })).toBeDisabled();
  await bar.getByRole("button", { name: "Preview" }).click();
  const preview = bar.getByRole("region", { name: "Preview of the changes" });
  await expect(preview).toContainText("2 occurrences in 2 conversations");
  await expect(preview.getByRole("listitem")).toHaveCount(2);
  await expect(preview.locator("del").first()).toHaveText(/order/i);
  await expect(preview.locator("ins").first()).toHaveText("purchase");
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Replaced "order" with "purchase" in 2 conversations (2 occurrences).' })).toBeVisible();

  const lines = await exportAll(request, dataset.id);
  expect(lines).toHaveLength(3);
  expect(lines.filter((l) => l.includes("purchase"))).toHaveLength(2);
  expect(lines.some((l) => /order/i.test(l))).toBe(false);
});

test("move a conversation to the trash, then restore it from the trash page", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("Keep me"), chat("Throw me away"), chat("Keep me too")]));
  const [, victim] = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  await page.goto(`/datasets/${dataset.id}`);
  await page.getByRole("checkbox", { name: `Select conversation #${victim.id}` }).check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Move to trash" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved 1 conversation to the trash." })).toBeVisible();
  await expect(conversationCount(page)).toHaveText("2 conversations");
  expect((await exportAll(request, dataset.id)).some((l) => l.includes("Throw me away"))).toBe(false);

  await page.getByRole("link", { name: "Trash (1)" }).click();
  const trash = page.getByRole("table", { name: "Conversations in the trash" });
  await expect(trash).toContainText("Throw me away");
  await expect(trash).toContainText("Purged on");
  await trash.getByRole("button", { name: `Restore conversation #${victim.id}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored 1 conversation from the trash." })).toBeVisible();
  await expect(page.getByText("The trash is empty.")).toBeVisible();
  expect(await listAll(request, dataset.id)).toHaveLength(3);
  expect((await exportAll(request, dataset.id)).some((l) => l.includes("Throw me away"))).toBe(true);
});
