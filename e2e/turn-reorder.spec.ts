import { expect, getConversation, importBody, jsonl, listAll, test } from "./fixtures";
import type { APIRequestContext, Page } from "@playwright/test";

// Turns are reordered by dragging a turn's handle onto another turn, or with Alt+↑/↓
// while editing one; the saved order is what the API returns.

const turns = [
  { role: "user", content: "one" },
  { role: "assistant", content: "two" },
  { role: "user", content: "three" },
  { role: "assistant", content: "four" },
];

async function openEditor(page: Page, request: APIRequestContext, datasetId: string) {
  await importBody(request, datasetId, jsonl([{ messages: turns }]));
  const [row] = await listAll(request, datasetId);
  await page.goto(`/conversations/${row.id}`);
  await page.getByRole("link", { name: "Edit turns" }).click();
  return row.id;
}

const contents = async (request: APIRequestContext, id: string) =>
  ((await getConversation(request, id)).messages as { content: string }[]).map((m) => m.content);

test("drag a turn by its handle onto another turn, then save", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await page.getByRole("button", { name: "Drag turn 4 to reorder" }).dragTo(page.getByRole("article", { name: "Turn 2, assistant" }));
  await expect(page.getByRole("textbox", { name: /^Message \d/ })).toHaveText(["one", "four", "two", "three"]);

  await page.getByRole("button", { name: "Drag turn 1 to reorder" }).dragTo(page.getByRole("article", { name: "Turn 3, assistant" }));
  await expect(page.getByRole("textbox", { name: /^Message \d/ })).toHaveText(["four", "two", "one", "three"]);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();
  expect(await contents(request, id)).toEqual(["four", "two", "one", "three"]);
});

test("Alt+ArrowUp and Alt+ArrowDown move the turn being edited, and the focus moves with it", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await page.getByRole("textbox", { name: "Message 3 (user)" }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByRole("textbox", { name: /^Message \d/ })).toHaveText(["one", "three", "two", "four"]);
  await expect(page.getByRole("textbox", { name: "Message 2 (user)" })).toBeFocused();
  // One move at a time: each waits for the one before it to land, as a person's keystrokes would.
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("textbox", { name: /^Message \d/ })).toHaveText(["one", "two", "three", "four"]);
  await expect(page.getByRole("textbox", { name: "Message 3 (user)" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("textbox", { name: "Message 4 (user)" })).toBeFocused();
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();
  expect(await contents(request, id)).toEqual(["one", "two", "four", "three"]);
});
