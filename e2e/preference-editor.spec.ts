import { expect, getConversation, importBody, jsonl, listAll, test } from "./fixtures";
import type { APIRequestContext, Page } from "@playwright/test";

// Preference (DPO) records are edited in place: the input's turns, both answers, and
// a swap of the two; what is saved is what the export writes.

const input = {
  messages: [
    { role: "system", content: "Answer briefly." },
    { role: "user", content: "What is the capital of France?" },
  ],
};
const dpo = {
  input,
  preferred_output: [{ role: "assistant", content: "Lyon." }],
  non_preferred_output: [{ role: "assistant", content: "Paris is the capital of France." }],
  reviewer: "kept as it is",
};

async function openEditor(page: Page, request: APIRequestContext, datasetId: string) {
  await importBody(request, datasetId, jsonl([dpo]));
  const [row] = await listAll(request, datasetId);
  await page.goto(`/conversations/${row.id}`);
  await page.getByRole("link", { name: "Edit input and answers" }).click();
  return row.id;
}

const answer = (page: Page, name: "Preferred answer" | "Non-preferred answer") => page.getByRole("textbox", { name, exact: true });

test("edit the input and the preferred answer, swap the answers, save, and export exactly that", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await page.getByRole("textbox", { name: "Message 2 (user)" }).fill("What is the capital of France? One sentence.");
  await answer(page, "Preferred answer").fill("Lyon, I think.");
  await page.getByRole("button", { name: "Swap preferred and non-preferred" }).click();
  await expect(answer(page, "Preferred answer")).toHaveValue("Paris is the capital of France.");
  await expect(answer(page, "Non-preferred answer")).toHaveValue("Lyon, I think.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("link", { name: "Edit input and answers" })).toBeVisible();

  const expected = {
    input: { messages: [input.messages[0], { role: "user", content: "What is the capital of France? One sentence." }] },
    preferred_output: [{ role: "assistant", content: "Paris is the capital of France." }],
    non_preferred_output: [{ role: "assistant", content: "Lyon, I think." }],
  };
  const record = await getConversation(request, id);
  expect(record).toMatchObject({ version: 2, kind: "preference", ...expected, extra: { reviewer: "kept as it is" } });

  const res = await request.get(`/api/v1/datasets/${dataset.id}/export?status=all&allowErrors=1`);
  expect(res.status()).toBe(200);
  const lines = (await res.text()).split("\n").filter((l) => l !== "");
  expect(lines.map((l) => JSON.parse(l))).toEqual([expected]);
});

test("a preference edit survives a page reload as a draft, until it is discarded", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await answer(page, "Non-preferred answer").fill("Marseille.");
  await page.getByRole("button", { name: "Swap preferred and non-preferred" }).click();
  await page.waitForFunction((key) => window.localStorage.getItem(key)?.includes("Marseille"), `tuneset:draft:preference:${id}`);
  // A colleague's note moves the record on meanwhile: the draft says it is now behind.
  expect((await request.patch(`/api/v1/conversations/${id}`, { data: { version: 1, note: "Checked the answers." } })).status()).toBe(200);

  await page.reload();
  await expect(page.getByText(/^Restored your unsaved draft from/)).toContainText("saved again since this draft began");
  await expect(answer(page, "Preferred answer")).toHaveValue("Marseille.");
  await expect(answer(page, "Non-preferred answer")).toHaveValue("Lyon.");
  expect(await getConversation(request, id)).toMatchObject({ version: 2, preferred_output: dpo.preferred_output });

  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(answer(page, "Preferred answer")).toHaveValue("Lyon.");
  await page.reload();
  await expect(answer(page, "Non-preferred answer")).toHaveValue("Paris is the capital of France.");
  await expect(page.getByText(/^Restored your unsaved draft/)).toBeHidden();
});

test("a colleague's save meanwhile is shown beside mine, and Keep mine saves mine on top", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await answer(page, "Preferred answer").fill("Paris.");
  const colleague = await request.patch(`/api/v1/conversations/${id}`, {
    data: { version: 1, preferred_output: [{ role: "assistant", content: "Paris, on the Seine." }] },
  });
  expect(colleague.status()).toBe(200);

  await page.keyboard.press("Control+Enter");
  const conflict = page.getByRole("region", { name: "Someone else saved this record while you were editing it" });
  await expect(conflict.getByRole("figure", { name: "Their version" })).toHaveText(/assistant: Paris, on the Seine\./);
  await expect(conflict.getByRole("figure", { name: "Your version" })).toHaveText(/assistant: Paris\.$/);
  await expect(conflict.getByRole("heading", { name: /Input/ })).toContainText("the same in both");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(page.getByRole("link", { name: "Edit input and answers" })).toBeVisible();
  expect(await getConversation(request, id)).toMatchObject({ version: 3, preferred_output: [{ role: "assistant", content: "Paris." }] });
});

test("Take theirs drops my edits and its draft, and shows their version", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await answer(page, "Preferred answer").fill("Paris.");
  await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, `tuneset:draft:preference:${id}`);
  await request.patch(`/api/v1/conversations/${id}`, { data: { version: 1, preferred_output: [{ role: "assistant", content: "Theirs." }] } });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("button", { name: "Take theirs" }).click();
  await expect(answer(page, "Preferred answer")).toHaveValue("Theirs.");
  expect(await page.evaluate((key) => window.localStorage.getItem(key), `tuneset:draft:preference:${id}`)).toBeNull();

  // The editor now works on their version: a save goes through.
  await answer(page, "Non-preferred answer").fill("Rome.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("link", { name: "Edit input and answers" })).toBeVisible();
  expect(await getConversation(request, id)).toMatchObject({ version: 3, non_preferred_output: [{ role: "assistant", content: "Rome." }] });
});

test("a save that breaks the format is kept and answered with its errors", async ({ page, request, dataset }) => {
  const id = await openEditor(page, request, dataset.id);
  await page.getByRole("button", { name: "Delete turn 2" }).click();
  await page.getByRole("button", { name: "Delete turn 1" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Saved, but it breaks the format" })).toContainText("input.messages");
  expect(await getConversation(request, id)).toMatchObject({ version: 2, kind: "invalid" });

  // Still in the editor, on the version just saved: fixing it saves again.
  await page.getByRole("button", { name: "+ Turn" }).click();
  await page.getByRole("textbox", { name: "Message 1 (user)" }).fill("Capital of France?");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("link", { name: "Edit input and answers" })).toBeVisible();
  expect(await getConversation(request, id)).toMatchObject({
    version: 3,
    kind: "preference",
    input: { messages: [{ role: "user", content: "Capital of France?" }] },
  });
});
