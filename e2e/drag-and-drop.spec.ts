import { chat, conversationCount, expect, expectImportCounts, jsonl, listAll, test } from "./fixtures";

// Dropping a file on the import panel imports it like the file picker does.

test("a JSONL file dropped on the import panel is imported", async ({ page, request, dataset }) => {
  const body = jsonl([chat("Where is my order?"), chat("Can I return shoes?"), chat("Do you price match?")]);
  await page.goto(`/datasets/${dataset.id}`);
  await expect(page.getByText("No conversations yet. Import a JSONL file in the Import conversations panel to start.")).toBeVisible();

  // The drop zone is a plain box around the file picker; find it by its instructions.
  const dropZone = page.getByText(/^Drop a .jsonl, .json or .txt file here/);
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: "application/jsonl" }));
      return dt;
    },
    { name: "dropped.jsonl", text: body },
  );
  // Hold the upload until the panel has shown its progress, so the check cannot race it.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/v1/datasets/${dataset.id}/imports?*`, async (route) => {
    await held;
    await route.continue();
  });

  await dropZone.dispatchEvent("dragenter", { dataTransfer });
  await dropZone.dispatchEvent("dragover", { dataTransfer });
  await dropZone.dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("progressbar", { name: /^(Upload progress|Processing)$/ })).toBeVisible();
  await expect(page.getByLabel("Choose file")).toBeDisabled();
  release();

  const result = page.getByRole("region", { name: "Import result" });
  await expect(result).toContainText("dropped.jsonl");
  await expectImportCounts(result, { imported: 3, invalid: 0, duplicates: 0, lines: 3 });
  await expect(conversationCount(page)).toHaveText("3 conversations");

  const rows = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  expect(rows.map((r) => r.preview)).toEqual(["Where is my order?", "Can I return shoes?", "Do you price match?"]);

  await result.getByRole("button", { name: "Dismiss" }).click();
  await expect(result).toBeHidden();
});
