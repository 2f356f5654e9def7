import { activeFilters, conversationCount, expect, idsOnPage, importBody, listAll, publicFile, readLines, test } from "./fixtures";

// A lead looks at the shape of a dataset: from the dataset page to its statistics,
// every chart drawn, and a bar of the token histogram opening the table on exactly
// the records behind it.

const FILE = publicFile("gsm8k-chat-train.jsonl");
const CHARTS = [
  "Tokens per record",
  "Assistant tokens per record",
  "Turns per record",
  "Records by status",
  "Label balance",
  "Languages",
  "Most common system prompts",
  "Review progress",
];

test("open a dataset's statistics from its page, see every chart, and follow a token bar to its records", async ({ page, request, dataset }) => {
  const lines = readLines(FILE);
  const res = await importBody(request, dataset.id, lines.join("\n"), "gsm8k-chat-train.jsonl");
  expect(res.status(), await res.text()).toBe(200);

  // Some review, so the status, label and progress charts have something to draw.
  const [first, second, third] = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  for (const [c, patch] of [
    [first, { status: "approved", labels: ["arithmetic"] }],
    [second, { status: "rejected", labels: ["arithmetic", "money"] }],
    [third, { labels: ["money"] }],
  ] as const) {
    const r = await request.patch(`/api/v1/conversations/${c.id}`, { data: { version: 1, ...patch } });
    expect(r.status(), await r.text()).toBe(200);
  }

  // The background checks count tokens and read language and system prompt; until they
  // reach every record the page says how many are left.
  await expect(async () => {
    await page.goto(`/datasets/${dataset.id}/stats`);
    await expect(page.getByRole("heading", { name: "Statistics" })).toBeVisible();
    await expect(page.getByText(/background checks have not reached/)).toBeHidden({ timeout: 500 });
  }).toPass({ timeout: 90_000, intervals: [1000, 2000, 3000] });

  await page.goto(`/datasets/${dataset.id}`);
  await page.getByRole("link", { name: "Statistics", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}/stats$`));
  await expect(page.getByText(`The whole dataset: ${lines.length} records`)).toBeVisible();
  for (const name of CHARTS) {
    const region = page.getByRole("region", { name, exact: true });
    await expect(region.getByRole("img", { name, exact: true }), name).toBeVisible();
  }
  // Each chart's figures fold out as a table of links, the way in without a mouse.
  const statuses = page.getByRole("region", { name: "Records by status" });
  await statuses.getByText("Figures").click();
  await expect(statuses.getByRole("table", { name: "Records by status, figures" }).getByRole("link", { name: "Approved" })).toHaveAttribute(
    "href",
    `/datasets/${dataset.id}?status=approved`,
  );
  const languages = page.getByRole("region", { name: "Languages" });
  await languages.getByText("Figures").click();
  await expect(languages.getByRole("table")).toContainText("English (en)");
  await expect(page.getByRole("region", { name: "Most common system prompts" })).toContainText("Reply user's question as accurately as possible.");

  // The fullest bar of the token histogram, then the table it leads to.
  const chart = page.getByRole("img", { name: "Tokens per record", exact: true });
  const bars = chart.locator("rect[data-bar]");
  await expect(bars.first()).toBeVisible();
  const counts = await bars.evaluateAll((rects) => rects.map((r) => ({ key: r.getAttribute("data-bar")!, count: Number(r.getAttribute("data-count")) })));
  const fullest = counts.reduce((a, b) => (b.count > a.count ? b : a));
  const [min, max] = fullest.key.split("-").map(Number);
  expect(fullest.count).toBeGreaterThan(0);
  await chart.locator(`rect[data-bar="${fullest.key}"]`).click();

  // A bin starting at 0 needs no lower bound; a record's count is never below it.
  const range = min > 0 ? `tokensMin=${min}&tokensMax=${max}` : `tokensMax=${max}`;
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}\\?${range}$`));
  await expect(conversationCount(page)).toHaveText(`${fullest.count} conversation${fullest.count === 1 ? "" : "s"}`);
  const words = min > 0 ? `tokens ${min.toLocaleString("en")} to ${(max - 1).toLocaleString("en")}` : `tokens < ${max.toLocaleString("en")}`;
  await expect(activeFilters(page)).toContainText(words);
  const inRange = await listAll(request, dataset.id, { tokensMin: String(min), tokensMax: String(max) });
  expect(inRange).toHaveLength(fullest.count);
  for (const row of inRange as unknown as { tokens: number }[]) {
    expect(row.tokens).toBeGreaterThanOrEqual(min);
    expect(row.tokens).toBeLessThan(max);
  }
  const shown = await idsOnPage(page);
  expect(shown.length).toBe(Math.min(50, fullest.count));
  expect(inRange.map((r) => r.id)).toEqual(expect.arrayContaining(shown));

  // And back: the table offers the statistics of exactly this filter.
  await page.getByRole("link", { name: "Statistics for this filter" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}/stats\\?${range}$`));
  await expect(page.getByText(`${fullest.count} record${fullest.count === 1 ? "" : "s"} matching tokens`)).toBeVisible();
});
