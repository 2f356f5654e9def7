import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { approve, expect, importBody, jsonl, listAll, chat, publicFile, readLines, test } from "./fixtures";

// Every main page, checked by axe against WCAG 2 A/AA and its best practices. A serious
// or critical finding fails the test with the rule, the page and the nodes it found, so
// the fix starts from the failure message; lesser findings are listed in the report.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const BLOCKING = new Set(["serious", "critical"]);

/** The page's serious and critical findings, described for the failure message. */
async function axeFindings(page: Page, path: string, info: TestInfo): Promise<string[]> {
  // Not "networkidle": pages with work in the background re-read themselves every few seconds.
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const lesser = violations.filter((v) => !BLOCKING.has(v.impact ?? ""));
  if (lesser.length > 0) info.annotations.push({ type: "axe", description: `${path}: ${lesser.map((v) => `${v.id} (${v.nodes.length})`).join(", ")}` });
  const described = blocking.map(
    (v) => `${v.id} [${v.impact}] on ${path}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary}`).join("\n")}`,
  );
  return described;
}

async function expectAccessible(page: Page, paths: string[], info: TestInfo) {
  const found: string[] = [];
  for (const path of paths) found.push(...(await axeFindings(page, path, info)));
  expect(found, found.join("\n\n")).toEqual([]);
}

test("every main page passes axe's WCAG 2 A/AA checks with no serious or critical finding", async ({ page, request, dataset, uniqueName }, info) => {
  test.setTimeout(420_000);
  // A dataset with something on every page: real records, a decision, a planted copy, a snapshot and a de-duplication run.
  const lines = readLines(publicFile("gsm8k-chat-train.jsonl")).slice(0, 40);
  const res = await importBody(request, dataset.id, [...lines, lines[0], lines[1]].join("\n") + "\n", "gsm8k-chat-train.jsonl");
  expect(res.status(), await res.text()).toBe(200);
  const rows = await listAll(request, dataset.id, { sort: "created", dir: "asc" });
  await approve(
    request,
    dataset.id,
    rows.slice(0, 10).map((r) => Number(r.id)),
  );
  const snapshot = await request.post(`/api/v1/datasets/${dataset.id}/snapshots`, { data: {} });
  expect(snapshot.status(), await snapshot.text()).toBe(201);
  const snapshotId = (await snapshot.json()).snapshot.id as string;
  const dedup = await request.post(`/api/v1/datasets/${dataset.id}/dedup`, { data: {} });
  expect(dedup.status(), await dedup.text()).toBe(202);
  await expect.poll(async () => (await (await request.get(`/api/v1/datasets/${dataset.id}/dedup`)).json()).run?.status, { timeout: 30_000 }).toBe("done");

  const empty = await request.post("/api/v1/datasets", { data: { name: uniqueName("Empty") } });
  const emptyId = (await empty.json()).dataset.id as string;
  const side = await request.post("/api/v1/datasets", { data: { name: uniqueName("Other") } });
  await importBody(request, (await side.json()).dataset.id, jsonl([chat("Where is my parcel?")]));

  const pages = [
    "/",
    `/datasets/${dataset.id}`,
    `/datasets/${emptyId}`,
    `/datasets/${dataset.id}?q=money`,
    `/datasets/${dataset.id}/stats`,
    `/datasets/${dataset.id}/review`,
    `/datasets/${dataset.id}/duplicates`,
    `/datasets/${dataset.id}/snapshots`,
    `/datasets/${dataset.id}/trash`,
    `/datasets/${dataset.id}/settings`,
    `/conversations/${rows[0].id}`,
    `/snapshots/${snapshotId}`,
    "/fine-tunes",
    "/evals",
    "/evals/new",
    "/audit",
    "/account",
    "/admin/users",
    "/admin/settings",
  ];
  await expectAccessible(page, pages, info);

  // A cluster's side-by-side, reached from the duplicates page.
  await page.goto(`/datasets/${dataset.id}/duplicates`);
  await page.getByRole("table", { name: "Duplicate clusters" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Cluster #\d+$/ })).toBeVisible();
  await expectAccessible(page, [new URL(page.url()).pathname], info);
});

test("the sign-in page passes axe's checks for someone not signed in", async ({ browser }, info) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await expectAccessible(page, ["/sign-in"], info);
  await context.close();
});
