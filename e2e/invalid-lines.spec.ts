import {
  activeFilters,
  chat,
  conversationCount,
  conversationsTable,
  expect,
  getConversation,
  idsOnPage,
  importThroughPicker,
  jsonl,
  listAll,
  previewLinks,
  test,
} from "./fixtures";

// A file with broken lines still imports: the good lines become conversations, each
// bad one is kept with its errors so it can be found and fixed in place.

const UNKNOWN_ROLE = JSON.stringify({
  messages: [
    { role: "robot", content: "Beep: can you track parcel 8812?" },
    { role: "assistant", content: "Parcel 8812 arrives tomorrow." },
  ],
});
const NOT_JSON = '{"messages": [{"role": "user", "content": "unterminated';
const FILE = jsonl([chat("Is the store open on Sunday?"), chat("Do you sell gift cards?"), UNKNOWN_ROLE, NOT_JSON, "", chat("Can I pay by card?")]);

test("bad lines are reported with their line and path, listed as invalid, and fixable in place", async ({ page, request, dataset }) => {
  await page.goto(`/datasets/${dataset.id}`);
  const result = await importThroughPicker(page, { name: "mixed.jsonl", body: FILE }, { imported: 3, invalid: 2, duplicates: 0, lines: 6 });
  const errors = result.getByRole("listitem");
  await expect(errors).toHaveText([/^line 3: messages\[0\]\.role: expected one of .*\buser\b/, /^line 4: not valid JSON \(.+\)/]);
  await expect(conversationCount(page)).toHaveText("5 conversations");

  await result.getByRole("button", { name: "Show invalid lines" }).click();
  await expect(page).toHaveURL(/[?&]invalid=1/);
  await expect(activeFilters(page).getByRole("button", { name: "Remove the filter invalid lines" })).toBeVisible();
  await expect(page.getByText("2 conversations match these filters")).toBeVisible();
  const invalid = await listAll(request, dataset.id, { invalid: "1" });
  expect(invalid.map((c) => c.kind)).toEqual(["invalid", "invalid"]);
  await expect.poll(() => idsOnPage(page)).toEqual(invalid.map((c) => c.id));
  // Newest first: the raw lines are the previews.
  await expect(previewLinks(page)).toHaveText([NOT_JSON, UNKNOWN_ROLE]);

  // Open the line with the unknown role; it cannot be approved until it is fixed.
  await conversationsTable(page).getByRole("link", { name: UNKNOWN_ROLE }).click();
  await expect(page.getByRole("heading", { name: "1 error in this line" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "messages[0].role" })).toContainText("expected one of");
  await expect(page.getByRole("button", { name: "Approve" })).toBeDisabled();
  const raw = page.getByRole("textbox", { name: "Raw JSON line" });
  await expect(raw).toHaveValue(UNKNOWN_ROLE);

  const fixed = UNKNOWN_ROLE.replace('"robot"', '"user"');
  await raw.fill(fixed);
  await page.getByRole("button", { name: "Save fix" }).click();
  await expect(raw).toBeHidden();
  await expect(page.getByRole("article", { name: "user message 1" })).toContainText("Beep: can you track parcel 8812?");
  await expect(page.getByRole("article", { name: "assistant message 2" })).toContainText("Parcel 8812 arrives tomorrow.");
  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
  await expect(page.getByRole("region", { name: "Revisions" })).toContainText("v2");
  const record = await getConversation(request, invalid[1].id);
  expect(record).toMatchObject({ kind: "chat", status: "pending", version: 2, messages: JSON.parse(fixed).messages });

  await page.getByRole("link", { name: "Back to table" }).click();
  await expect(page).toHaveURL(/[?&]invalid=1/);
  await expect(conversationCount(page)).toHaveText("1 conversation");
  await expect(previewLinks(page)).toHaveText([NOT_JSON]);
  expect(await listAll(request, dataset.id, { invalid: "1" })).toHaveLength(1);

  await page.getByRole("button", { name: "Remove the filter invalid lines" }).click();
  await expect(conversationCount(page)).toHaveText("5 conversations");
});
