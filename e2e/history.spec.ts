import { chat, expect, getConversation, importBody, jsonl, listAll, test } from "./fixtures";

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
