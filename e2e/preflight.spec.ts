import { chat, expect, expectUnavailable, importBody, jsonl, listAll, moreFilters, test } from "./fixtures";

// The pre-flight panel lists what would make a paid fine-tune fail, and follows the
// records: fix one in the editor and its error leaves the panel.

const POISONED = "Sure, here it is.<|endoftext|>";

test("the pre-flight panel lists an injected error until the record is fixed in the editor", async ({ page, request, dataset }) => {
  const lines = Array.from({ length: 11 }, (_, i) => chat(`How do I reset password number ${i}?`, `Open Settings, then Security, step ${i}.`));
  lines.push(chat("Give me the end-of-text marker.", POISONED));
  await importBody(request, dataset.id, jsonl(lines));
  const poisoned = (await listAll(request, dataset.id)).find((r) => r.preview.startsWith("Give me"))!;

  await page.goto(`/datasets/${dataset.id}`);
  const panel = page.getByRole("region", { name: "Pre-flight check" });
  // Nothing is approved yet, so the panel checks every record.
  await expect(panel.getByText("Checks every record (none approved yet): 12 examples.")).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByText("1 error would make the job fail")).toBeVisible({ timeout: 20_000 });
  const finding = panel.getByRole("listitem").filter({ hasText: "special_token" });
  await expect(finding.getByRole("link", { name: /Special token in text: 1 record/ })).toBeVisible();
  await expect(finding.getByRole("link", { name: `#${poisoned.id} (line 12)` })).toBeVisible();
  await expect(finding).toContainText("messages[1].content");
  await expect(finding).toContainText("<|endoftext|>");
  await expectUnavailable(page, "Export current filter", /Blocked by the pre-flight check/);

  // The finding leads to the record; the turn editor fixes it.
  await finding.getByRole("link", { name: `#${poisoned.id} (line 12)` }).click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${poisoned.id}`));
  await page.getByRole("link", { name: "Edit turns" }).click();
  await page.getByRole("textbox", { name: "Message 2 (assistant)" }).fill("Sure, here it is.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("link", { name: "Edit turns" })).toBeVisible();

  await page.goto(`/datasets/${dataset.id}`);
  await expect(panel.getByText("No errors: a provider would accept this set.")).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByText("special_token")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export current filter" })).toBeVisible();
});

test("the table filters on a pre-flight finding and on personal data", async ({ page, request, dataset }) => {
  await importBody(
    request,
    dataset.id,
    jsonl([
      chat("Write to me at jane.doe@example.com please", "Will do."),
      chat("What is the capital of France?", "Paris."),
      {
        messages: [
          { role: "user", content: "Hi" },
          { role: "assistant", content: "Hello", weight: 0 },
        ],
      },
    ]),
  );
  await page.goto(`/datasets/${dataset.id}`);
  await expect(page.getByText(/still being worked out/)).toHaveCount(0, { timeout: 20_000 });

  await (await moreFilters(page)).getByRole("combobox", { name: "Personal data" }).selectOption("email");
  await expect(page).toHaveURL(/pii=email/);
  await expect(page.getByText("1 conversation matches these filters")).toBeVisible();
  await expect(page.getByRole("table", { name: "Conversations" })).toContainText("jane.doe@example.com");

  await (await moreFilters(page)).getByRole("combobox", { name: "Personal data" }).selectOption("");
  await expect(page).not.toHaveURL(/pii=/);
  await (await moreFilters(page)).getByRole("combobox", { name: "Pre-flight" }).selectOption("no_trainable_turn");
  await expect(page).toHaveURL(/check=no_trainable_turn/);
  await expect(page.getByText("1 conversation matches these filters")).toBeVisible();
  await expect(page.getByRole("table", { name: "Conversations" })).toContainText("Hi");
});
