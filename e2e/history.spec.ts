import { chat, expect, getConversation, importBody, jsonl, listAll, openEditor, test } from "./fixtures";

// Every save is a revision; the page shows what each changed and restores any of them.

test("the history shows the changed words of an edit and restores the earlier version", async ({ page, request, dataset }) => {
  const original = chat("When will my refund arrive?", "Refunds take five days.");
  await importBody(request, dataset.id, jsonl([original]));
  const [row] = await listAll(request, dataset.id);
  const edited = { messages: [original.messages[0], { role: "assistant", content: "Refunds take three business days." }] };
  const patch = await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, ...edited } });
  expect(patch.status()).toBe(200);

  await page.goto(`/conversations/${row.id}`);
  const history = page.getByRole("region", { name: "Revisions" });
  await expect(history).toContainText("edited messages");
  await expect(history).toContainText("Turn 2 (assistant)");
  await expect(history.locator("del")).toHaveText("five");
  await expect(history.locator("ins")).toHaveText(["three", /business/]);
  await history.getByRole("button", { name: "Restore version 1" }).click();
  await expect(history).toContainText("restored version 1");

  const record = await getConversation(request, row.id);
  expect(record).toMatchObject({ version: 3, messages: original.messages });
});

test("a text-only edit in the turn editor is logged as edited messages, and the first revision carries the import's time", async ({
  page,
  request,
  dataset,
}) => {
  await importBody(request, dataset.id, jsonl([chat("How do I turn on two-factor authentication?", "Open Settings.")]));
  const [row] = await listAll(request, dataset.id);
  const { created_at: created } = await getConversation(request, row.id);
  await openEditor(page, row.id);
  await page.getByRole("textbox", { name: "Message 2 (assistant)" }).fill("Open Settings, then Security.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();

  const history = page.getByRole("region", { name: "Revisions" });
  const entries = history.getByRole("listitem");
  await expect(entries).toHaveCount(2);
  // Tools were never touched (the editor sends none for a record without them), so they are not named.
  await expect(entries.first()).toContainText("edited messages");
  await expect(entries.first()).not.toContainText("tools");
  await expect(entries.last()).toContainText("imported from test.jsonl, line 1");
  await expect(entries.last().locator("time")).toHaveAttribute("datetime", created);
});
