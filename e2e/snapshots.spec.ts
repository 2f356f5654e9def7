import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { approve, expect, getConversation, importThroughPicker, jsonl, test, type Dataset } from "./fixtures";
import type { APIRequestContext, Locator, Page } from "@playwright/test";

// A lead freezes the approved set with a validation split, downloads both files and
// checks them against the hashes the page shows, edits a record, freezes again, and
// finds the edit in the comparison of the two snapshots.

const SYSTEM = "You are the help desk of Acme Parcel. Answer in two sentences and point to the help centre.";
const LINES = Array.from({ length: 20 }, (_, i) => ({
  messages: [
    { role: "system", content: SYSTEM },
    { role: "user", content: `Where is parcel number ${100 + i}?` },
    { role: "assistant", content: `Parcel ${100 + i} left the depot; it arrives within ${(i % 4) + 1} days.` },
  ],
}));
const FILE = jsonl(LINES);
const sourceLines = FILE.trimEnd().split("\n");

async function download(page: Page, link: Locator) {
  const [d] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = readFileSync(await d.path());
  return { bytes, name: d.suggestedFilename(), lines: bytes.toString("utf8").split("\n").filter(Boolean) };
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function approveAll(request: APIRequestContext, dataset: Dataset) {
  const ids = await approve(request, dataset.id);
  const labelled = await request.post(`/api/v1/datasets/${dataset.id}/bulk`, {
    data: { selection: { ids: ids.slice(0, 5) }, action: { type: "add_labels", labels: ["tracking"] } },
  });
  expect(labelled.status(), await labelled.text()).toBe(200);
  return ids;
}

test("a snapshot with a validation split, downloaded, checked and compared with the next", async ({ page, request, dataset }) => {
  await page.goto(`/datasets/${dataset.id}`);
  await importThroughPicker(page, { name: "parcels.jsonl", body: FILE }, { imported: 20, invalid: 0, duplicates: 0, lines: 20 });
  const ids = await approveAll(request, dataset);

  // The dataset header leads to the snapshots; the form makes one with a 20% split.
  await page.reload();
  await page.getByRole("link", { name: "Snapshots (0)" }).click();
  await expect(page.getByRole("heading", { name: "Snapshots", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "New snapshot" });
  await expect(form.getByText("The approved set")).toBeVisible();
  await form.getByLabel("Validation fraction").fill("0.2");
  await form.getByLabel("Seed").fill("7");
  await form.getByRole("radio", { name: /Drop it/ }).check();
  await expect(form.getByRole("status", { name: "Tokens saved" })).toContainText(/Each future request saves about \d+ prompt tokens/);
  await form.getByRole("radio", { name: /Keep it/ }).check();
  await form.getByRole("button", { name: "Make snapshot" }).click();

  await expect(page).toHaveURL(/\/snapshots\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Snapshot #1", level: 1 })).toBeVisible();
  await expect(page.getByText("20 chat records (16 training, 4 validation)")).toBeVisible();
  const files = page.getByRole("table", { name: "Files" });
  const trainRow = files.getByRole("row").filter({ hasText: "train.jsonl" });
  const validationRow = files.getByRole("row").filter({ hasText: "validation.jsonl" });
  await expect(trainRow.getByRole("cell").nth(1)).toHaveText("16");
  await expect(validationRow.getByRole("cell").nth(1)).toHaveText("4");
  const split = page.getByRole("region", { name: "Split" });
  await expect(split).toContainText("seed 7");
  await expect(split).toContainText("de-duplication has not run");

  // Both files download as shown: their SHA-256 is the page's, their lines the imported ones.
  const train = await download(page, files.getByRole("link", { name: "Download train.jsonl" }));
  const validation = await download(page, files.getByRole("link", { name: "Download validation.jsonl" }));
  expect(train.name).toMatch(/\.snapshot-1\.train\.jsonl$/);
  await expect(files.getByLabel("SHA-256 of train.jsonl")).toHaveText(sha256(train.bytes));
  await expect(files.getByLabel("SHA-256 of validation.jsonl")).toHaveText(sha256(validation.bytes));
  expect(train.lines).toHaveLength(16);
  expect(validation.lines).toHaveLength(4);
  expect([...train.lines, ...validation.lines].sort()).toEqual([...sourceLines].sort());

  // The open-source download is a .tar.gz with a README and the same examples.
  const openSource = await download(page, page.getByRole("link", { name: "Download for open-source trainers (.tar.gz)" }));
  expect(openSource.name).toMatch(/\.snapshot-1\.open-source\.tar\.gz$/);
  const dir = mkdtempSync(join(tmpdir(), "tuneset-e2e-open-source-"));
  execFileSync("tar", ["-xzf", "-", "-C", dir], { input: openSource.bytes });
  const folder = join(dir, readdirSync(dir)[0]);
  expect(readdirSync(folder).sort()).toEqual(["README.md", "train.jsonl", "validation.jsonl"]);
  expect(readFileSync(join(folder, "README.md"), "utf8")).toContain("| validation.jsonl | 4 |");
  const snapshotUrl = page.url();

  // A record is edited; "Export approved" downloads the next snapshot in one click.
  const edited = await getConversation(request, String(ids[3]));
  const patch = await request.patch(`/api/v1/conversations/${ids[3]}`, {
    data: { version: edited.version, messages: [...edited.messages.slice(0, 2), { role: "assistant", content: "It was delivered this morning." }] },
  });
  expect(patch.status(), await patch.text()).toBe(200);
  await page.goto(`/datasets/${dataset.id}`);
  const second = await download(page, page.getByRole("button", { name: "Export approved" }));
  expect(second.name).toMatch(/\.snapshot-2\.train\.jsonl$/);
  expect(second.lines).toContain(
    JSON.stringify({ messages: [...edited.messages.slice(0, 2), { role: "assistant", content: "It was delivered this morning." }] }),
  );
  await page.getByRole("status", { name: "Exported as snapshot #2" }).getByRole("link", { name: "Open snapshot #2" }).click();
  await expect(page.getByRole("heading", { name: "Snapshot #2", level: 1 })).toBeVisible();
  await expect(page.getByText("20 chat records", { exact: false })).toBeVisible();

  // The comparison finds the one edit and links to the record.
  await page.getByRole("link", { name: "Compare with #1" }).click();
  await expect(page.getByRole("heading", { name: "Snapshot #1 → #2" })).toBeVisible();
  const kinds = page.getByRole("navigation", { name: "Kinds of change" });
  await expect(kinds.getByRole("link", { name: "Edited (1)" })).toBeVisible();
  await expect(kinds.getByRole("link", { name: "Added (0)" })).toBeVisible();
  await expect(page.getByText("19 unchanged")).toBeVisible();
  const changes = page.getByRole("table", { name: "Changes" });
  await expect(changes.getByRole("row")).toHaveCount(2);
  await changes.getByRole("link", { name: `#${ids[3]}` }).click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${ids[3]}$`));

  // The first snapshot is still there as it was.
  await page.goto(snapshotUrl);
  const again = await download(page, page.getByRole("table", { name: "Files" }).getByRole("link", { name: "Download train.jsonl" }));
  expect(sha256(again.bytes)).toBe(sha256(train.bytes));
  // The API says the same: the list, the files' hashes, the split and the comparison.
  const list = (await (await request.get(`/api/v1/datasets/${dataset.id}/snapshots`)).json()).snapshots as { id: string; number: number }[];
  expect(list.map((s) => s.number)).toEqual([2, 1]);
  const first = await (await request.get(`/api/v1/snapshots/${list[1].id}`)).json();
  expect(first.snapshot.files.train.sha256).toBe(sha256(train.bytes));
  expect(first.manifest.split).toMatchObject({ seed: 7, train: 16, validation: 4 });
  const compared = await (await request.get(`/api/v1/snapshots/compare?a=${list[1].id}&b=${list[0].id}`)).json();
  expect(compared).toMatchObject({ added: 0, removed: 0, edited: 1, unchanged: 19 });
  expect(compared.changes.map((c: { conversation_id: string }) => c.conversation_id)).toEqual([String(ids[3])]);
});
