import { approve, chat, conversationCount, downloadLines, expect, importThroughPicker, jsonl, listAll, test } from "./fixtures";

// What leaves Tuneset is what a fine-tune job will read: only the records asked for,
// each as it was imported, minus keys the OpenAI format does not define.

const WEATHER_TOOL = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

type Message = { role: string; content?: string; [key: string]: unknown };
type Line = { messages: Message[]; [key: string]: unknown };

const RECORDS: Line[] = [
  chat("How do I reset my password?"),
  {
    messages: [
      { role: "system", content: "You can look up the weather." },
      { role: "user", content: "What is the weather in Paris right now?" },
      {
        role: "assistant",
        tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city": "Paris"}' } }],
      },
      { role: "tool", tool_call_id: "call_1", content: '{"temp_c": 18}' },
      { role: "assistant", content: "It is 18°C in Paris." },
    ],
    tools: [WEATHER_TOOL],
  },
  chat("Can I change my username?"),
  { ...chat("Where is my invoice?"), metadata: { source: "crm", ticket: 4411 } },
  chat("How do I close my account?"),
  chat("Do you ship to Canada?"),
];
// OpenAI refuses fewer than ten examples, and so does the export: filler records,
// approved and pending through the API, make both exported sets big enough.
const FILLERS: Line[] = Array.from({ length: 16 }, (_, i) => chat(`Filler question ${i + 1}?`));
const APPROVED_FILLERS = FILLERS.slice(0, 8);
const PENDING_FILLERS = FILLERS.slice(8);
const LINES = jsonl([...RECORDS, ...FILLERS])
  .trimEnd()
  .split("\n");
const question = (i: number) => RECORDS[i].messages.find((m) => m.role === "user")!.content!;
const APPROVE = [1, 3, 4];
const PENDING = [0, 2, 5];

test("export approved downloads exactly the approved records in one click, as imported, without unknown keys", async ({ page, request, dataset }, testInfo) => {
  await page.goto(`/datasets/${dataset.id}`);
  const result = await importThroughPicker(
    page,
    { name: "support.jsonl", body: jsonl([...RECORDS, ...FILLERS]) },
    { imported: 22, invalid: 0, duplicates: 0, lines: 22 },
  );
  await expect(result.getByRole("listitem")).toHaveText([/^1 records? ha(?:s|ve) keys the OpenAI format does not define/]);
  await expect(conversationCount(page)).toHaveText("22 conversations");
  const fillerIds = (await listAll(request, dataset.id))
    .filter((r) => APPROVED_FILLERS.some((f) => f.messages[0].content === r.preview))
    .map((r) => Number(r.id));
  expect(fillerIds).toHaveLength(8);
  await approve(request, dataset.id, fillerIds);
  await page.reload();
  // The warning beside "Export approved" only appears once such a record is approved.
  const unknownKeysNote = page.getByRole("note");
  await expect(unknownKeysNote).toHaveCount(0);

  for (const i of APPROVE) {
    await page
      .getByRole("table", { name: "Conversations" })
      .getByRole("link", { name: question(i) })
      .click();
    const userAt = RECORDS[i].messages.findIndex((m) => m.role === "user");
    await expect(page.getByRole("article", { name: `user message ${userAt + 1}` })).toContainText(question(i));
    if (i === 3) {
      const details = page.getByRole("region", { name: "Details" });
      await expect(details).toContainText("Keys the OpenAI format does not define");
      await expect(details).toContainText("metadata");
    }
    const approve = page.getByRole("button", { name: "Approve" });
    await approve.click();
    await expect(approve).toHaveAttribute("aria-pressed", "true");
    await expect(approve).toBeDisabled();
    await expect(page.getByText("Marked approved.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Reject" })).toBeEnabled();
    await page.getByRole("link", { name: "Back to table" }).click();
    await expect(conversationCount(page)).toHaveText("22 conversations");
  }
  expect(await listAll(request, dataset.id, { status: "approved" })).toHaveLength(11);

  await expect(unknownKeysNote).toHaveText(/^1 approved records? carr(?:y|ies) keys OpenAI's format does not define; the export leaves those keys out/);
  // "Export approved" downloads in one click; the snapshot it keeps of what was exported is a link in the toast.
  const exportApproved = page.getByRole("button", { name: "Export approved" });
  await expect(page.getByText("11 records", { exact: true })).toBeVisible();
  const approved = await downloadLines(page, exportApproved);
  expect(approved.download.suggestedFilename()).toMatch(/\.snapshot-1\.train\.jsonl$/);
  expect(approved.lines).toHaveLength(11);
  const exported = approved.lines.map((l) => JSON.parse(l));
  const { metadata, ...strict } = RECORDS[3];
  expect(metadata).toBeDefined();
  expect(exported).toEqual([RECORDS[1], strict, RECORDS[4], ...APPROVED_FILLERS]);
  expect(exported[1]).not.toHaveProperty("metadata");
  // Records without unknown keys leave byte for byte as they came in.
  expect([approved.lines[0], approved.lines[2]]).toEqual([LINES[1], LINES[4]]);
  // Line by line, the file is the approved records as the API lists them, in id order.
  const approvedRows = (await listAll(request, dataset.id, { status: "approved" })).sort((x, y) => Number(x.id) - Number(y.id));
  expect(exported.map((l: Line) => l.messages.find((m) => m.role === "user")!.content)).toEqual(approvedRows.map((r) => r.preview));
  const made = page.getByRole("status", { name: "Exported as snapshot #1" });
  await expect(made).toContainText("train.jsonl (11 records) is downloading; the snapshot keeps what was exported.");
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`export-toast-${width}.png`) });
  }

  // Exported again with nothing changed, the same snapshot downloads again: no copy is made.
  const again = await downloadLines(page, exportApproved);
  expect(again.download.suggestedFilename()).toMatch(/\.snapshot-1\.train\.jsonl$/);
  expect(again.lines).toEqual(approved.lines);
  const reused = page.getByRole("status", { name: "Downloading snapshot #1 again" });
  await expect(reused).toContainText("Nothing changed since it was made (the same 11 records, the same options), so it was reused instead of copied.");
  expect(((await (await request.get(`/api/v1/datasets/${dataset.id}/snapshots`)).json()).snapshots as unknown[]).length).toBe(1);
  await reused.getByRole("link", { name: "Open snapshot #1" }).click();
  await expect(page.getByRole("heading", { name: "Snapshot #1", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pre-flight check" })).toContainText("1 exported record had keys the OpenAI format does not define");

  // "Export current filter" follows the table's status filter.
  await page.getByRole("link", { name: `Back to ${dataset.name}` }).click();
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Pending" });
  await expect(page.getByText("11 conversations match these filters")).toBeVisible();
  const current = await downloadLines(page, page.getByRole("button", { name: "Export current filter" }));
  expect(current.download.suggestedFilename()).toMatch(/\.snapshot-2\.train\.jsonl$/);
  expect(current.lines.map((l) => JSON.parse(l))).toEqual([...PENDING.map((i) => RECORDS[i]), ...PENDING_FILLERS]);
  expect(current.lines).toEqual([...PENDING.map((i) => LINES[i]), ...LINES.slice(6 + 8)]);
  await page.getByRole("status", { name: "Exported as snapshot #2" }).getByRole("link", { name: "Open snapshot #2" }).click();
  await expect(page.getByRole("heading", { name: "Snapshot #2", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "What went in" })).toContainText("Pending");
});
