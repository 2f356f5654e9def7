import {
  conversationCount,
  conversationsTable,
  expect,
  getConversation,
  idsOnPage,
  importThroughPicker,
  listAll,
  previewLinks,
  publicFile,
  readLines,
  test,
  waitForBackgroundWork,
} from "./fixtures";

// A reviewer's first session: make a dataset, load a real tool-calling file, then find
// conversations by status, text, sort and page, and come back to the same view.

const FILE = publicFile("stock-toolcall-train.jsonl");
// A company named in only some of the file's questions.
const COMPANY = "Orion";

test("create a dataset, import a file through the picker, then filter, search, sort, page and come back", async ({ page, request, uniqueName }) => {
  const input = readLines(FILE).map((l) => JSON.parse(l));
  const name = uniqueName("stock tools");

  await page.goto("/");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Description" }).fill("Tool-calling questions about stock prices");
  await page.getByRole("combobox", { name: "Target model" }).selectOption("gpt-4.1-mini-2025-04-14");
  await page.getByRole("button", { name: "Create dataset" }).click();
  await expect(page).toHaveURL(/\/datasets\/[^/?]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const datasetId = new URL(page.url()).pathname.split("/").pop()!;
  const dataset = (await (await request.get(`/api/v1/datasets/${datasetId}`)).json()).dataset;
  expect(dataset).toMatchObject({ name, description: "Tool-calling questions about stock prices", targetModel: "gpt-4.1-mini-2025-04-14" });

  // Import through the file picker.
  const result = await importThroughPicker(page, FILE, { imported: 86, invalid: 0, duplicates: 0, lines: 86 });
  await expect(result).toContainText("stock-toolcall-train.jsonl");
  await expect(conversationCount(page)).toHaveText("86 conversations");
  await expect(previewLinks(page)).toHaveCount(50);
  await waitForBackgroundWork(page);

  // Status: approve two through the API, then filter the table to them.
  const all = await listAll(request, datasetId, { sort: "created", dir: "asc" });
  const approved = [all[3], all[40]];
  for (const c of approved) {
    const res = await request.patch(`/api/v1/conversations/${c.id}`, { data: { version: 1, status: "approved" } });
    expect(res.status()).toBe(200);
  }
  const status = page.getByRole("combobox", { name: "Status" });
  await status.selectOption({ label: "Approved" });
  await expect(page).toHaveURL(/[?&]status=approved/);
  await expect(conversationCount(page)).toHaveText("2 conversations");
  await expect(page.getByText("2 conversations match these filters")).toBeVisible();
  expect((await idsOnPage(page)).sort()).toEqual(approved.map((c) => c.id).sort());
  await status.selectOption({ label: "Pending" });
  await expect(conversationCount(page)).toHaveText("84 conversations");

  // Search: only the questions naming the company, all of them.
  await status.selectOption({ label: "All statuses" });
  await expect(conversationCount(page)).toHaveText("86 conversations");
  const mentions = input.filter((r) => new RegExp(`\\b${COMPANY}`, "i").test(JSON.stringify(r.messages)));
  expect(mentions.length).toBeGreaterThan(1);
  expect(mentions.length).toBeLessThan(input.length);
  const search = page.getByRole("searchbox", { name: "Search conversations" });
  await search.fill(COMPANY);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${COMPANY}`));
  await expect(conversationCount(page)).toHaveText(`${mentions.length} conversations`);
  await expect(previewLinks(page)).toHaveText(mentions.map(() => new RegExp(COMPANY)));

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(conversationCount(page)).toHaveText("86 conversations");
  await expect(search).toHaveValue("");
  await expect(status).toHaveValue("");
  await expect(page.getByRole("button", { name: "Clear filters" })).toBeHidden();

  // Sort by turns: the header button sets the sort, descending first, then ascending.
  const turns = page.getByRole("columnheader", { name: "Turns" });
  await turns.getByRole("button", { name: "Turns" }).click();
  await expect(page).toHaveURL(/[?&]sort=turns/);
  await expect(turns).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("turns");
  let expected = await listAll(request, datasetId, { sort: "turns", dir: "desc" });
  await expect.poll(() => idsOnPage(page)).toEqual(expected.slice(0, 50).map((c) => c.id));
  await turns.getByRole("button", { name: "Turns" }).click();
  await expect(turns).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/[?&]dir=asc/);
  await expect(page.getByRole("combobox", { name: "Order" })).toHaveValue("asc");

  // Page through the pending ones, sorted by turns ascending: 50, then 34.
  await status.selectOption({ label: "Pending" });
  await expect(conversationCount(page)).toHaveText("84 conversations");
  expected = await listAll(request, datasetId, { status: "pending", sort: "turns", dir: "asc" });
  expect(expected).toHaveLength(84);
  const firstPage = expected.slice(0, 50).map((c) => c.id);
  const secondPage = expected.slice(50).map((c) => c.id);
  await expect.poll(() => idsOnPage(page)).toEqual(firstPage);
  await expect(page.getByText("50 rows on this page")).toBeVisible();
  await expect(page.getByRole("button", { name: "Previous", exact: true })).toBeDisabled();

  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  await expect(page.getByText("34 rows on this page")).toBeVisible();
  await expect.poll(() => idsOnPage(page)).toEqual(secondPage);
  await expect(page.getByRole("button", { name: "Next", exact: true })).toBeDisabled();

  await page.getByRole("button", { name: "Previous", exact: true }).click();
  await expect(page.getByText("50 rows on this page")).toBeVisible();
  await expect.poll(() => idsOnPage(page)).toEqual(firstPage);

  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("34 rows on this page")).toBeVisible();
  const tableUrl = page.url();
  expect(new URL(tableUrl).searchParams.get("status")).toBe("pending");

  // Open a conversation from page 2: its tool call shows the function it calls.
  type Message = { role: string; content?: string; tool_calls?: { function: { name: string; arguments: string } }[] };
  let record: { id: string; messages: Message[] } | undefined;
  for (const id of secondPage.slice(5)) {
    record = await getConversation(request, id);
    if (record!.messages.some((m) => m.tool_calls)) break;
  }
  const target = record!.id;
  const callAt = record!.messages.findIndex((m) => m.tool_calls);
  const call = record!.messages[callAt].tool_calls![0];
  const question = record!.messages.find((m) => m.role === "user")!.content!;
  await conversationsTable(page).getByRole("link", { name: question }).click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${target}\\?back=`));
  await expect(page.getByRole("heading", { name: `Conversation #${target}` })).toBeVisible();
  const assistant = page.getByRole("article", { name: `assistant message ${callAt + 1}` });
  await expect(assistant.getByText("Tool call")).toBeVisible();
  await expect(assistant.getByText(call.function.name, { exact: true })).toBeVisible();
  await expect(assistant).toContainText(JSON.parse(call.function.arguments).symbol);

  await page.getByRole("link", { name: "Back to table" }).click();
  await expect(page).toHaveURL(tableUrl);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("pending");
  await expect(page.getByText("34 rows on this page")).toBeVisible();
  await expect.poll(() => idsOnPage(page)).toEqual(secondPage);
});
