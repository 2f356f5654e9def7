import { chat, conversationCount, expect, importBody, jsonl, listAll, moreFilters, test } from "./fixtures";

// Labels are created where they are used: on a conversation, by typing a name.

test("label a conversation on its page, then filter the table by that label", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("Where is my refund?"), chat("How do I share a folder?"), chat("Refund for March")]));
  const [first] = await listAll(request, dataset.id, { sort: "created", dir: "asc" });

  await page.goto(`/conversations/${first.id}`);
  const labels = page.getByRole("list", { name: "Labels on this conversation" });
  await page.getByRole("combobox", { name: "Add a label" }).fill("refund");
  await page.getByRole("button", { name: "Add label" }).click();
  await expect(labels.getByRole("listitem")).toHaveText([/refund/]);
  await page.getByRole("combobox", { name: "Add a label" }).fill("billing");
  await page.getByRole("combobox", { name: "Add a label" }).press("Enter");
  await expect(labels.getByRole("listitem")).toHaveText([/refund/, /billing/]);
  await page.getByRole("button", { name: "Remove label billing" }).click();
  await expect(labels.getByRole("listitem")).toHaveText([/refund/]);
  await expect(page.getByRole("region", { name: "Revisions" })).toContainText("labels: −billing");

  await page.goto(`/datasets/${dataset.id}`);
  await (await moreFilters(page)).getByRole("combobox", { name: "Label" }).selectOption("refund");
  await expect(conversationCount(page)).toHaveText("1 conversation");
  const labelled = await listAll(request, dataset.id, { label: "refund" });
  expect(labelled.map((c: { id: string }) => c.id)).toEqual([first.id]);
});
