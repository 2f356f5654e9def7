import type { APIRequestContext, Page } from "@playwright/test";
import {
  conversationCount,
  conversationsTable,
  createDataset,
  expect,
  expectUnavailable,
  getConversation,
  idsOnPage,
  importBody,
  importThroughPicker,
  jsonl,
  listAll,
  moreFilters,
  test,
} from "./fixtures";

// De-duplication from the Duplicates page: planted copies are found, a cluster is
// resolved with its suggested keeper, the export leaves the duplicates out, and an
// undo from the dataset page brings them back.

const SYSTEM = "You are the support assistant of Northwind Cloud Storage.";
const PASSWORD_ANSWER =
  "Open Settings, choose Security, then Reset password. A link arrives by e-mail within five minutes; it works once and expires after an hour. If it does not arrive, check the spam folder before asking for another.";
const INVOICE_ANSWER =
  "Invoices are under Settings, Plan and billing, Invoices. Each month has its own PDF, and the download button saves every invoice of a year as one ZIP file.";
const SHARE_ANSWER =
  "Right-click the folder, choose Share, enter the e-mail addresses of the people to invite and pick whether they may view or edit. They get an e-mail with a link.";

const line = (user: string, assistant: string) => ({
  messages: [
    { role: "system", content: SYSTEM },
    { role: "user", content: user },
    { role: "assistant", content: assistant },
  ],
});

const UNRELATED = [
  line("Can I change the language of the desktop app?", "Yes: open Preferences, General, Language, pick one and restart the app."),
  line("Do you offer a student discount?", "Students get half off the Plus plan for a year with a school e-mail address."),
  line("Why is my phone not uploading photos?", "Camera uploads pause on low battery and on mobile data unless you allow it under Settings, Camera uploads."),
];

/** Line order in the planted file; the test finds each record by its line. */
const PLANTED = [
  line("How do I reset my password?", PASSWORD_ANSWER), // 1: the original
  line("How can I reset my password please?", PASSWORD_ANSWER), // 2: reworded question, same answer: near
  line("how do I   reset my PASSWORD ?", PASSWORD_ANSWER), // 3: line 1 in other case, spacing and punctuation spacing: exact
  line("Where can I download my invoices?", INVOICE_ANSWER), // 4
  line("where can i download   my invoices ?", INVOICE_ANSWER), // 5: exact copy of 4
  ...UNRELATED, // 6-8
];

const userText = (l: string) => (JSON.parse(l).messages as { role: string; content: string }[]).find((m) => m.role === "user")!.content;

/** Ids of the dataset's records in import order (line 1 first). */
async function idsByLine(request: APIRequestContext, datasetId: string): Promise<number[]> {
  return (await listAll(request, datasetId, { sort: "created", dir: "asc" })).map((r) => Number(r.id));
}

/** Starts a run from the Duplicates page form and waits for its clusters. */
async function runDedup(page: Page) {
  await page.getByRole("button", { name: "Run de-duplication" }).click();
  await expect(page.getByRole("table", { name: "Duplicate clusters" })).toBeVisible({ timeout: 30_000 });
}

test("finds planted duplicates, resolves the largest cluster with its suggested keeper, and undoes it", async ({ page, request, dataset }) => {
  await page.goto(`/datasets/${dataset.id}`);
  await importThroughPicker(page, { name: "planted.jsonl", body: jsonl(PLANTED) });
  await expect(conversationCount(page)).toHaveText("8 conversations");
  const ids = await idsByLine(request, dataset.id);

  await page.getByRole("link", { name: /^Duplicates/ }).click();
  await expect(page).toHaveURL(`/datasets/${dataset.id}/duplicates`);
  await expect(page.getByText("This dataset has not been checked for duplicates yet.")).toBeVisible();

  // A threshold out of range is refused beside its field, and the value stays for fixing.
  const threshold = page.getByRole("spinbutton", { name: "Similarity threshold" });
  await expect(threshold).toHaveValue("0.8");
  await threshold.fill("0.1");
  await page.getByRole("button", { name: "Run de-duplication" }).click();
  await expect(page.getByText("threshold must be at least 0.3")).toBeVisible();
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  await expect(threshold).toHaveValue("0.1");
  await threshold.fill("0.8");
  await runDedup(page);

  await expect(page.getByText(/Checked 8 records: 2 clusters \(1 exact, 1 near\), 2 unresolved\. Threshold 0\.80, whole conversation/)).toBeVisible();
  const rows = page.getByRole("table", { name: "Duplicate clusters" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  // Largest first: the password cluster (an exact copy and a rewording, so "near"), then the invoice copies.
  await expect(rows.nth(1)).toContainText(/near\s*0\.\d\d\s*3 records\s*Unresolved\s*How do I reset my password\?/);
  await expect(rows.nth(2)).toContainText(/exact\s*1\.00\s*2 records\s*Unresolved\s*Where can I download my invoices\?/);

  await rows.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Cluster #\d+$/ })).toBeVisible();
  const columns = page.getByRole("region", { name: "Members" }).getByRole("article");
  // The keeper first: the longest, since none is approved (line 2's question is the longest).
  await expect(columns).toHaveCount(3);
  const keeper = columns.first();
  await expect(keeper).toHaveAccessibleName(`Conversation #${ids[1]}`);
  await expect(keeper.getByRole("radio", { name: /Keep this one/ })).toBeChecked();
  await expect(keeper).toContainText("(suggested, kept: longest)");
  await expect(keeper.locator("mark")).toHaveCount(0);
  // Line 1 against the keeper: its question's differing words are marked, the shared answer is not.
  const original = page.getByRole("article", { name: `Conversation #${ids[0]}` });
  await expect(original.locator("mark")).toHaveText(["do", "password?"]);
  await expect(original).toContainText(/Similarity to #\d+: 0\.\d\d/);
  const copy = page.getByRole("article", { name: `Conversation #${ids[2]}` });
  await expect(copy.locator("mark")).toHaveText(["how do", "PASSWORD ?"]);
  await expect(copy.getByRole("link", { name: `#${ids[2]}` })).toHaveAttribute("href", `/conversations/${ids[2]}`);

  await page.getByRole("button", { name: "Resolve cluster" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Resolved: #${ids[1]} was kept.` })).toContainText("Recent bulk changes");
  for (const i of [0, 2]) expect(await getConversation(request, String(ids[i]))).toMatchObject({ status: "duplicate", keeper_id: String(ids[1]) });

  // The export of every record leaves the two duplicates out and keeps the keeper.
  await page.goto(`/datasets/${dataset.id}`);
  const originalRow = conversationsTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "How do I reset my password?", exact: true }) });
  await expect(originalRow).toContainText(`duplicate of #${ids[1]}`);
  await expect(originalRow).toContainText("Duplicate");
  // Eight records are fewer than a provider accepts, so the button is blocked; the API writes them when asked to.
  await expectUnavailable(page, "Export current filter", /Blocked by the pre-flight check/);
  const exportAll = async () => ({
    lines: (await (await request.get(`/api/v1/datasets/${dataset.id}/export?status=all&allowErrors=1`)).text()).split("\n").filter(Boolean),
  });
  let { lines } = await exportAll();
  expect(lines.map(userText).sort()).toEqual(
    PLANTED.filter((_, i) => i !== 0 && i !== 2)
      .map((l) => l.messages[1].content)
      .sort(),
  );

  // Undo from the dataset page's Recent bulk changes.
  const recent = page.getByRole("region", { name: "Recent bulk changes" });
  await recent.getByRole("button", { name: /^Undo: Resolved a duplicate cluster: marked 2 records as duplicate/ }).click();
  // The row turns into "Undone" as soon as the page refreshes (the undo's own message may be gone by then).
  await expect(recent.getByRole("listitem").filter({ hasText: "Resolved a duplicate cluster" })).toContainText("Undone");
  for (const i of [0, 2]) expect(await getConversation(request, String(ids[i]))).toMatchObject({ status: "pending", keeper_id: null });
  await page.reload();
  ({ lines } = await exportAll());
  expect(lines).toHaveLength(8);
  expect(lines.map(userText)).toEqual(expect.arrayContaining([PLANTED[0].messages[1].content, PLANTED[2].messages[1].content]));
  await expect(page.getByRole("link", { name: "Duplicates (2)" })).toBeVisible();
});

test("resolve all exact duplicates at once, leaving near ones for review", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl(PLANTED.slice(0, 2).concat(PLANTED.slice(3))));
  // Line 3 of PLANTED left out: the password pair is a near cluster, the invoice pair the only exact one.
  await importBody(request, dataset.id, jsonl([line("Do you offer a student discount ?", UNRELATED[1].messages[2].content)]), "more.jsonl");
  const ids = await idsByLine(request, dataset.id);
  await page.goto(`/datasets/${dataset.id}/duplicates`);
  await runDedup(page);
  await expect(page.getByText(/3 clusters \(2 exact, 1 near\), 3 unresolved/)).toBeVisible();

  await page.getByRole("checkbox", { name: "Merge labels onto the keeper" }).check();
  await page.getByRole("button", { name: "Resolve all exact duplicates" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Resolved 2 duplicate clusters: marked 2 records as duplicate, labels merged onto the keepers." });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link", { name: "Recent bulk changes on the dataset page" })).toHaveAttribute("href", `/datasets/${dataset.id}#bulk-heading`);
  await expect(page.getByRole("button", { name: "Resolve all exact duplicates" })).toBeHidden();

  // Each exact pair keeps its tidy copy (the suggestion: nobody approved one): line 4's extra spaces lose to line 3,
  // and line 8's space before "?" makes it no longer than line 6, the older. The near pair is left for a reviewer.
  const byId = new Map((await listAll(request, dataset.id)).map((r) => [Number(r.id), r.status]));
  expect(ids.map((id) => byId.get(id))).toEqual(["pending", "pending", "pending", "duplicate", "pending", "pending", "pending", "duplicate"]);
  expect(await getConversation(request, String(ids[3]))).toMatchObject({ keeper_id: String(ids[2]) });
  expect(await getConversation(request, String(ids[7]))).toMatchObject({ keeper_id: String(ids[5]) });
  const rows = page.getByRole("table", { name: "Duplicate clusters" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("near");
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /^Resolved/ })
    .click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Resolved" })).toHaveCount(2);
});

test("the table's cluster filter shows only clustered rows, each linking to its cluster", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl(PLANTED));
  const ids = await idsByLine(request, dataset.id);
  await page.goto(`/datasets/${dataset.id}/duplicates`);
  await runDedup(page);

  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("8 conversations");
  await (await moreFilters(page)).getByRole("checkbox", { name: "In a duplicate cluster" }).check();
  await expect(page).toHaveURL(/[?&]cluster=1/);
  // The menu stays open for more filters until Escape (or a click elsewhere) closes it.
  await page.keyboard.press("Escape");
  await expect(conversationCount(page)).toHaveText("5 conversations");
  expect((await idsOnPage(page)).map(Number).sort((a, b) => a - b)).toEqual(ids.slice(0, 5));

  const row = (question: string) =>
    conversationsTable(page)
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: question, exact: true }) });
  const clusterLink = row("Where can I download my invoices?").getByRole("link", { name: /^#\d+ · exact$/ });
  await expect(clusterLink).toBeVisible();
  await expect(row("How do I reset my password?").getByRole("link", { name: /^#\d+ · 0\.\d\d$/ })).toBeVisible();
  await clusterLink.click();
  await expect(page.getByRole("heading", { level: 1, name: /^Cluster #\d+$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Members" }).getByRole("article")).toHaveCount(2);

  // The conversation page lists the other members of its cluster.
  await page.goto(`/conversations/${ids[0]}`);
  const panel = page.getByRole("region", { name: "Near-duplicates" });
  await expect(panel.getByRole("listitem")).toHaveCount(2);
  await expect(panel.getByRole("listitem").first()).toContainText(new RegExp(`^#${ids[2]}\\s*1\\.00\\s*Pending`));
  await page.goto(`/conversations/${ids[6]}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Conversation #${ids[6]}`);
  await expect(page.getByRole("region", { name: "Near-duplicates" })).toHaveCount(0);
});

test("a leakage check lists records repeated in another dataset, each tagged with its dataset", async ({ page, request, dataset, uniqueName }) => {
  await importBody(request, dataset.id, jsonl(PLANTED.slice(3)));
  const heldOut = await createDataset(request, uniqueName("held-out"));
  await importBody(request, heldOut.id, jsonl([line("How do I share a folder?", SHARE_ANSWER), line("where can I download my invoices?", INVOICE_ANSWER)]));
  const [leaked] = await idsByLine(request, heldOut.id).then((x) => x.slice(1));
  await page.goto(`/datasets/${dataset.id}/duplicates`);
  await page.getByRole("combobox", { name: "Check for leakage against" }).selectOption({ label: heldOut.name });
  await page.getByRole("button", { name: "Check for leakage" }).click();

  const section = page.getByRole("region", { name: `Leakage against ${heldOut.name}` });
  const clusters = section.getByRole("list", { name: "Leakage clusters" });
  await expect(clusters).toBeVisible({ timeout: 30_000 });
  const members = clusters.getByRole("listitem").first().getByRole("listitem");
  await expect(members).toHaveCount(3);
  await expect(members.filter({ hasText: heldOut.name })).toHaveCount(1);
  await expect(members.filter({ hasText: dataset.name })).toHaveCount(2);
  await expect(members.filter({ hasText: heldOut.name }).getByRole("link")).toHaveAttribute("href", `/conversations/${leaked}`);
  // Leakage is not resolved from this page, and the dataset's own clusters are listed apart.
  await expect(page.getByRole("button", { name: "Resolve all exact duplicates" })).toHaveCount(0);
  await expect(page.getByText("This dataset has not been checked for duplicates yet.")).toBeVisible();
});
