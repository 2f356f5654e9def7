import { screenshotAtBothSizes } from "./screenshots";
import {
  activeFilters,
  chat,
  conversationCount,
  conversationsTable,
  expect,
  expectUnavailable,
  importBody,
  jsonl,
  moreFilters,
  parcelLines,
  test,
  waitForBackgroundWork,
} from "./fixtures";

// The dataset page at rest: few controls up front, buttons that say why they cannot be
// used yet, search results that show where they matched, and a bulk bar that stays in
// view. Screenshots at both sizes go to the test's output for a person to look at.

const GERMAN = [
  "Wo ist mein Paket? Ich warte schon seit drei Wochen darauf und niemand antwortet mir.",
  "Können Sie mir bitte sagen, wann die Lieferung ankommt? Ich bin morgen nicht zu Hause.",
];

test("search, status and a + Filter menu whose filters become removable chips; language shown only in a mixed dataset", async ({
  page,
  request,
  dataset,
}, info) => {
  await importBody(
    request,
    dataset.id,
    jsonl([...parcelLines(4, 7100, 1).map((l) => JSON.parse(l)), ...GERMAN.map((q) => chat(q, `Antwort: ${q}`)), "{broken"]),
  );
  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("7 conversations");
  await waitForBackgroundWork(page);

  // Up front: search, status and the menu; the rest waits in the menu.
  const toolbar = page.getByRole("region", { name: "Conversations", exact: true });
  await expect(toolbar.getByRole("searchbox", { name: "Search conversations" })).toBeVisible();
  await expect(toolbar.getByRole("combobox", { name: "Status" })).toBeVisible();
  await expect(toolbar.getByRole("combobox", { name: "Label" })).toHaveCount(0);
  await expect(toolbar.getByRole("checkbox", { name: /^(Invalid|Exact|In a duplicate)/ })).toHaveCount(0);

  const menu = await moreFilters(page);
  await expect(menu.getByRole("combobox")).toHaveCount(5);
  await menu.getByRole("checkbox", { name: "Invalid lines" }).check();
  await expect(page).toHaveURL(/[?&]invalid=1/);
  await expect(conversationCount(page)).toHaveText("1 conversation");
  await menu.getByRole("checkbox", { name: "Invalid lines" }).uncheck();
  await menu.getByRole("combobox", { name: "Language" }).selectOption("de");
  await expect(page).toHaveURL(/[?&]language=de/);
  await expect(conversationCount(page)).toHaveText("2 conversations");
  await screenshotAtBothSizes(page, info, "filter-menu");

  // Escape closes the menu and gives focus back to its button; the filter stays as a chip.
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(page.getByRole("button", { name: "Filter", exact: true })).toBeFocused();
  await expect(activeFilters(page).getByRole("listitem")).toHaveCount(1);
  await expect(activeFilters(page)).toContainText("language German");

  // The dataset holds two languages, so each row names its own.
  await expect(conversationsTable(page).getByText("de", { exact: true })).toHaveCount(2);
  await activeFilters(page).getByRole("button", { name: "Remove the filter language German" }).click();
  await expect(page).not.toHaveURL(/language=/);
  await expect(activeFilters(page)).toHaveCount(0);
  await expect(conversationCount(page)).toHaveText("7 conversations");
  await expect(conversationsTable(page).getByText("en", { exact: true })).toHaveCount(4);
});

test("a dataset in one language does not repeat it on every row", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl(parcelLines(3, 7200, 1).map((l) => JSON.parse(l))));
  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("3 conversations");
  await waitForBackgroundWork(page);
  await expect(conversationsTable(page).getByText("en", { exact: true })).toHaveCount(0);
});

test("search shows where each row matched, with the matching words marked", async ({ page, request, dataset }, info) => {
  await importBody(
    request,
    dataset.id,
    jsonl([
      chat("Hello there", "To reset your password, open Settings and choose Security."),
      chat("Where is my parcel?", "It left the depot."),
      chat("Passwords: how long?", "At least ten characters, please."),
    ]),
  );
  await page.goto(`/datasets/${dataset.id}`);
  await waitForBackgroundWork(page);
  await page.getByRole("searchbox", { name: "Search conversations" }).fill("passw");
  await expect(page).toHaveURL(/[?&]q=passw/);
  await expect(conversationCount(page)).toHaveText("2 conversations");

  // The first row's user message says nothing of passwords: the snippet shows the assistant's words that matched.
  const row = conversationsTable(page).getByRole("row").filter({ hasText: "Hello there" });
  await expect(row.locator("mark")).toHaveText(["password"]);
  await expect(row).toContainText("To reset your password, open Settings");
  await expect(conversationsTable(page).getByRole("row").filter({ hasText: "Passwords: how long?" }).locator("mark")).toHaveText(["Passwords"]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: info.outputPath("search-snippets-1280x720.png") });
});

test("an empty dataset says where to import and why Review and the exports cannot be used yet", async ({ page, dataset }, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/datasets/${dataset.id}`);
  const empty = page.getByText("No conversations yet. Import a JSONL file in the Import conversations panel to start.");
  await expect(empty).toBeVisible();
  await empty.getByRole("link", { name: "Import conversations" }).click();
  await expect(page).toHaveURL(/#import$/);
  await expect(page.getByRole("region", { name: "Import conversations" })).toBeInViewport();

  await expectUnavailable(page, "Review", /nothing to review yet.*import conversations first/i);
  await expectUnavailable(page, "Export approved", /none approved yet.*No conversation is approved yet/);
  await expectUnavailable(page, "Fine-tune approved…", /No conversation is approved yet/);
  await expectUnavailable(page, "Export current filter", /nothing matches/);
  await expect(page.getByText(/^nothing to review yet/)).toBeVisible();
  await expect(page.getByText(/^none approved yet/)).toBeVisible();
  // Unavailable means nothing happens on a click: no snapshot, no new page.
  const url = page.url();
  await page.getByRole("button", { name: "Export approved", exact: true }).click({ force: true });
  await expect(page).toHaveURL(url);

  await page.goto(`/datasets/${dataset.id}`);
  await screenshotAtBothSizes(page, info, "empty-dataset");
});

test("the action row stays on one line at 1280 px, Review in its place", async ({ page, request, dataset }, info) => {
  await importBody(request, dataset.id, jsonl([...parcelLines(60, 7300, 1).map((l) => JSON.parse(l)), ...GERMAN.map((q) => chat(q))]));
  const approved = await request.post(`/api/v1/datasets/${dataset.id}/bulk`, {
    data: { selection: { filter: { q: "parcel" } }, action: { type: "set_status", status: "approved" } },
  });
  expect(approved.status()).toBe(200);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/datasets/${dataset.id}?status=approved`);
  await waitForBackgroundWork(page);
  const tops = async () =>
    Promise.all(
      ["Review", "Export approved", "Fine-tune approved…", "Export current filter"].map(async (name) => {
        // Review and Fine-tune approved… are links (they open a page or a dialog); the exports are buttons.
        const role = name === "Review" || name === "Fine-tune approved…" ? "link" : "button";
        const box = await page.getByRole(role, { name, exact: true }).boundingBox();
        return box!.y;
      }),
    );
  const [review, ...others] = await tops();
  expect(others.every((y) => Math.abs(y - review) < 2)).toBe(true);
  await (await moreFilters(page)).getByRole("combobox", { name: "Language" }).selectOption("en");
  await page.keyboard.press("Escape");
  await expect(activeFilters(page)).toContainText("language English");
  await screenshotAtBothSizes(page, info, "dataset-page");
});

test("the bulk bar stays in view while rows further down are ticked", async ({ page, request, dataset }, info) => {
  await importBody(request, dataset.id, jsonl(parcelLines(50, 7400, 1).map((l) => JSON.parse(l))));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("50 conversations");
  const boxes = conversationsTable(page).getByRole("checkbox", { name: /^Select conversation #/ });
  await boxes.first().check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("1 selected");
  await boxes.last().scrollIntoViewIfNeeded();
  await boxes.last().check();
  await expect(bar).toContainText("2 selected");
  await expect(bar).toBeInViewport({ ratio: 1 });
  // Not under the site's header either.
  const header = await page.getByRole("navigation", { name: "Main" }).boundingBox();
  expect((await bar.boundingBox())!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  await page.screenshot({ path: info.outputPath("bulk-bar-sticky-1280x720.png") });
});

test("the bulk preview counts what will change: invalid lines skipped, in the singular for one", async ({ page, request, dataset }) => {
  await importBody(request, dataset.id, jsonl([...parcelLines(29, 7500, 1).map((l) => JSON.parse(l)), "{not json"]));
  await page.goto(`/datasets/${dataset.id}`);
  await expect(conversationCount(page)).toHaveText("30 conversations");
  await page.getByRole("checkbox", { name: "Select all conversations on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("30 selected");
  await bar.getByRole("button", { name: "Set status" }).click();
  await expect(bar.getByRole("combobox", { name: "New status" })).toHaveValue("approved");
  await expect(bar).toContainText("Changes 29 of 30 conversations; 1 invalid line is skipped. You can undo it.");
  // Rejecting takes the invalid line too.
  await bar.getByRole("combobox", { name: "New status" }).selectOption("rejected");
  await expect(bar).toContainText("Changes 30 conversations. You can undo it.");
  await bar.getByRole("combobox", { name: "New status" }).selectOption("approved");
  await expect(bar).toContainText("Changes 29 of 30 conversations; 1 invalid line is skipped. You can undo it.");
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Set the status of 29 conversations to Approved. 1 invalid line was left as it is: fix it first." }),
  ).toBeVisible();
});
