import { chat, expect, getConversation, importBody, jsonl, listAll, test } from "./fixtures";

// The conversation itself is editable: text, roles, order, weights, tool calls.

test("edit a turn, add and reorder turns, toggle a weight, and save with the keyboard", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("How do I turn on 2FA?", "Open Settings.")]));
  const [row] = await listAll(request, dataset.id);
  await page.goto(`/conversations/${row.id}`);
  await page.getByRole("link", { name: "Edit turns" }).click();

  await page.getByRole("textbox", { name: "Message 2 (assistant)" }).fill("Open Settings → Security and choose Two-factor.");
  await page.getByRole("button", { name: "Add a turn after turn 2" }).click();
  await page.getByRole("textbox", { name: "Message 3 (user)" }).fill("Thanks!");
  await page.getByRole("button", { name: "Add a turn after turn 3" }).click();
  await page.getByRole("textbox", { name: "Message 4 (assistant)" }).fill("You're welcome.");
  await page.getByRole("checkbox", { name: "Train on turn 2" }).uncheck();
  await page
    .getByRole("textbox", { name: "Tool calls of turn 4 (JSON)" })
    .fill('[{"id": "c1", "type": "function", "function": {"name": "bad name", "arguments": "{"}}]');
  await expect(page.getByRole("alert").filter({ hasText: "function name" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "arguments must be a JSON string that parses" })).toBeVisible();
  await page.getByRole("textbox", { name: "Tool calls of turn 4 (JSON)" }).fill("");
  await page.getByRole("button", { name: "Move turn 4 up" }).click();
  await page.getByRole("button", { name: "Move turn 3 down" }).click();
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();

  const record = await getConversation(request, row.id);
  expect(record.version).toBe(2);
  expect(record.messages).toEqual([
    { role: "user", content: "How do I turn on 2FA?" },
    { role: "assistant", content: "Open Settings → Security and choose Two-factor.", weight: 0 },
    { role: "user", content: "Thanks!" },
    { role: "assistant", content: "You're welcome." },
  ]);
});
