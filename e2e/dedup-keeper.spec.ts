import { expect, importBody, jsonl, listAll, test } from "./fixtures";
import { screenshotAtBothSizes } from "./screenshots";

// The keeper a cluster suggests is the clean copy, and the page says why: a sloppy
// near-copy (doubled spaces, "??") is longer only by its slips and must not win. The
// members read as markdown, like the conversation page, and resolving says so once.

const ANSWER = "Open **Settings**, then:\n\n1. Choose *Security*.\n2. Turn on **Two-factor authentication** and scan the code.";
const ask = (user: string) => ({
  messages: [
    { role: "user", content: user },
    { role: "assistant", content: ANSWER },
  ],
});
const TIDY = "How do I turn on two-factor authentication?";
const SLOPPY = "how do I turn on  two-factor   authentication??";
const OTHERS = ["Can I change the language of the app?", "Do you offer a student discount?", "Why are my photos not uploading?"].map(ask);

test("the cluster suggests the clean copy with its reason, renders markdown and says it once when resolved", async ({ page, request, dataset }, testInfo) => {
  // The sloppy copy first, so neither age nor length can be what picks the tidy one.
  await importBody(request, dataset.id, jsonl([ask(SLOPPY), ask(TIDY), ...OTHERS]));
  const [sloppy, tidy] = (await listAll(request, dataset.id, { sort: "created", dir: "asc" })).map((r) => r.id);

  await page.goto(`/datasets/${dataset.id}/duplicates`);
  await page.getByRole("button", { name: "Run de-duplication" }).click();
  const rows = page.getByRole("table", { name: "Duplicate clusters" }).getByRole("row");
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  // Same words, different spacing and punctuation: a near cluster at 1.00 that explains itself.
  await expect(rows.nth(1)).toContainText(/near\s*1\.00/);
  await expect(rows.nth(1).getByTitle("identical after normalising case, spacing and punctuation")).toBeVisible();
  await screenshotAtBothSizes(page, testInfo, "duplicates", true);

  await rows.nth(1).getByRole("link").click();
  await expect(page.getByText("similarity 1.00: identical after normalising case, spacing and punctuation")).toBeVisible();
  const columns = page.getByRole("region", { name: "Members" }).getByRole("article");
  await expect(columns.first()).toHaveAccessibleName(`Conversation #${tidy}`);
  const keeper = page.getByRole("article", { name: `Conversation #${tidy}` });
  const copy = page.getByRole("article", { name: `Conversation #${sloppy}` });
  await expect(keeper.getByRole("radio", { name: /Keep this one/ })).toBeChecked();
  await expect(keeper).toContainText("(suggested, kept: fewer anomalies)");
  // Both lack a system message, so the findings tie and the anomalies decide.
  await expect(keeper).toContainText("1 pre-flight finding · no anomalies");
  await expect(copy).toContainText("1 pre-flight finding · Anomalies: double spaces ×2, repeated ?!");
  // Markdown as on the conversation page: bold, emphasis and a numbered list, not asterisks.
  await expect(keeper.locator("strong").filter({ hasText: "Settings" })).toBeVisible();
  await expect(keeper.getByRole("listitem")).toHaveCount(2);
  await expect(keeper).not.toContainText("**");
  // The copy's words the keeper lacks are marked inside the rendered text.
  await expect(copy.locator("mark")).toHaveText(["how", "authentication??"]);
  await screenshotAtBothSizes(page, testInfo, "cluster", true);

  await page.getByRole("button", { name: "Resolve cluster" }).click();
  const resolved = page.getByRole("status").filter({ hasText: `Resolved: #${tidy} was kept.` });
  await expect(resolved).toBeVisible();
  await expect(resolved.getByRole("link", { name: "Recent bulk changes on the dataset page" })).toBeVisible();
  // One success message, not the form's and the page's.
  await expect(page.getByRole("status").filter({ hasText: /Resolved|Marked/ })).toHaveCount(1);
  const cluster = await (await request.get(`/api/v1/datasets/${dataset.id}/duplicate-clusters/${page.url().split("/").pop()}`)).json();
  expect(cluster).toMatchObject({ suggested_keeper_id: tidy, suggested_keeper_reason: "anomalies", resolved_keeper_id: tidy });
});
