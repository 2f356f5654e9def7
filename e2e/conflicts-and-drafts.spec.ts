import { expect, getConversation, importBody, jsonl, listAll, openEditor, test } from "./fixtures";

// No edit is ever lost: not to a colleague who saved first, not to a reload.

const original = {
  messages: [
    { role: "user", content: "Can I share a folder with someone outside my team?" },
    { role: "assistant", content: "Yes, with a link." },
    { role: "user", content: "Can I stop sharing later?" },
    { role: "assistant", content: "Yes." },
  ],
};

test("two annotators edit the same conversation; the second sees both versions and merges by turn", async ({ page, browser, request, dataset }, info) => {
  await importBody(request, dataset.id, jsonl([original]));
  const [row] = await listAll(request, dataset.id);

  // Mine: the first answer. Opened first, saved second.
  await openEditor(page, row.id);
  await page.getByRole("textbox", { name: "Message 2 (assistant)" }).fill("Yes: choose Share → Invite people and enter their e-mail.");

  // Theirs: the second answer, in another browser, saved first.
  const other = await browser.newContext({ baseURL: info.project.use.baseURL });
  const colleague = await other.newPage();
  await openEditor(colleague, row.id);
  await colleague.getByRole("textbox", { name: "Message 4 (assistant)" }).fill("Yes: open Sharing and choose Stop sharing.");
  await colleague.getByRole("button", { name: "Save", exact: true }).click();
  await expect(colleague.getByRole("link", { name: "Edit turns" })).toBeVisible();
  await other.close();

  await page.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = page.getByRole("region", { name: "Someone else saved this conversation while you were editing it" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Their version is now version 2");
  await expect(conflict.getByRole("group", { name: "Turn 2" })).toContainText("Invite people");
  await expect(conflict.getByRole("group", { name: "Turn 4" })).toContainText("Stop sharing");
  await expect(conflict.getByRole("group", { name: "Turn 1" })).toHaveCount(0);
  // Each turn only one of them changed is already set to that change.
  await expect(conflict.getByRole("group", { name: "Turn 4" })).toContainText("Changed by them");
  await expect(conflict.getByRole("radiogroup", { name: "Turn 4: which version to keep" }).getByRole("radio", { name: "Take theirs" })).toBeChecked();
  await expect(conflict.getByRole("radiogroup", { name: "Turn 2: which version to keep" }).getByRole("radio", { name: "Keep yours" })).toBeChecked();
  await conflict.getByRole("button", { name: "Save merge" }).click();
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();

  const record = await getConversation(request, row.id);
  expect(record.version).toBe(3);
  expect(record.messages.map((m: { content: string }) => m.content)).toEqual([
    original.messages[0].content,
    "Yes: choose Share → Invite people and enter their e-mail.",
    original.messages[2].content,
    "Yes: open Sharing and choose Stop sharing.",
  ]);
  const { revisions } = await (await request.get(`/api/v1/conversations/${row.id}/revisions`)).json();
  expect(revisions.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);
  const history = page.getByRole("region", { name: "Revisions" });
  await expect(history).toContainText("Stop sharing");
  await expect(history).toContainText("Invite");
});

test("keep mine puts my version on top of theirs; take theirs drops mine", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([original]));
  const [row] = await listAll(request, dataset.id);
  await openEditor(page, row.id);
  await page.getByRole("textbox", { name: "Message 4 (assistant)" }).fill("Mine.");
  const theirs = { ...original, messages: original.messages.map((m, i) => (i === 3 ? { ...m, content: "Theirs." } : m)) };
  expect((await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, ...theirs } })).status()).toBe(200);
  await page.keyboard.press("Control+Enter");
  await page.getByRole("button", { name: "Keep mine" }).click();
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();
  expect((await getConversation(request, row.id)).messages[3].content).toBe("Mine.");

  await page.getByRole("link", { name: "Edit turns" }).click();
  await page.getByRole("textbox", { name: "Message 4 (assistant)" }).fill("Mine again.");
  expect((await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 3, ...theirs } })).status()).toBe(200);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("button", { name: "Take theirs" }).click();
  await expect(page.getByRole("article", { name: "assistant message 4" })).toContainText("Theirs.");
  expect((await getConversation(request, row.id)).version).toBe(4);
});

test("a draft survives a reload and a closed tab, and is gone once saved", async ({ page, context, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([original]));
  const [row] = await listAll(request, dataset.id);
  await openEditor(page, row.id);
  const answer = page.getByRole("textbox", { name: "Message 2 (assistant)" });
  await answer.fill("Yes, with a link that expires after 7 days.");
  await page.getByRole("button", { name: "Add a turn after turn 4" }).click();
  await page.getByRole("textbox", { name: "Message 5 (user)" }).fill("Thanks!");

  await page.reload();
  await expect(page.getByText(/Restored your unsaved draft/)).toBeVisible();
  await expect(answer).toHaveValue("Yes, with a link that expires after 7 days.");
  await expect(page.getByRole("textbox", { name: "Message 5 (user)" })).toHaveValue("Thanks!");

  await page.close();
  const again = await context.newPage();
  await openEditor(again, row.id);
  await expect(again.getByRole("textbox", { name: "Message 5 (user)" })).toHaveValue("Thanks!");
  await again.keyboard.press("Control+Enter");
  await expect(again.getByRole("link", { name: "Edit turns" })).toBeVisible();
  expect((await getConversation(request, row.id)).messages).toHaveLength(5);

  await again.getByRole("link", { name: "Edit turns" }).click();
  await expect(again.getByRole("textbox", { name: "Message 1 (user)" })).toBeVisible();
  await expect(again.getByText(/Restored your unsaved draft/)).toHaveCount(0);
});
