import type { APIRequestContext, APIResponse } from "@playwright/test";
import { chat, expect, importBody, jsonl, listAll, test } from "../fixtures";

// A user's pattern runs over every message of a selection on the server. A pattern
// that makes a backtracking engine take exponential time must not hold the server:
// it answers at once (RE2 runs in linear time), and so does everyone else meanwhile.

const CATASTROPHIC = "(a+)+$";
const VICTIM = `${"a".repeat(34)}!`;

async function seed(request: APIRequestContext, datasetId: string) {
  await importBody(request, datasetId, jsonl([chat(VICTIM, "Noted."), chat(`Say ${VICTIM} twice`, "Noted."), chat("aaa", "Noted.")]));
  return (await listAll(request, datasetId)).map((r) => Number(r.id));
}

const findReplace = (ids: number[], find: string, preview = true) => ({
  selection: { ids },
  action: { type: "find_replace", find, replace: "x", regex: true },
  preview,
});

/** The time one request takes, in milliseconds, with its status. */
async function timed(call: () => Promise<APIResponse>) {
  const start = Date.now();
  const res = await call();
  return { status: res.status(), ms: Date.now() - start, res };
}

test("the catastrophic pattern answers within a second through the API, and the server keeps answering others", async ({ request, dataset }) => {
  const ids = await seed(request, dataset.id);
  // A backtracking engine would take minutes; fail in seconds instead of waiting for it.
  const [preview, other] = await Promise.all([
    timed(() => request.post(`/api/v1/datasets/${dataset.id}/bulk`, { data: findReplace(ids, CATASTROPHIC), timeout: 5_000 })),
    (async () => {
      await new Promise((r) => setTimeout(r, 100));
      return timed(() => request.get(`/api/v1/datasets/${dataset.id}`, { timeout: 5_000 }));
    })(),
  ]);
  expect(preview.status).toBe(200);
  expect(preview.ms).toBeLessThan(1_000);
  // "aaa" ends the only message that matches; the victims end in "!".
  expect((await preview.res.json()).preview).toMatchObject({ records: 1, occurrences: 1 });
  expect(other.status).toBe(200);
  expect(other.ms).toBeLessThan(1_000);

  // Applying it is as quick, and changes exactly what the preview said.
  const applied = await timed(() => request.post(`/api/v1/datasets/${dataset.id}/bulk`, { data: findReplace(ids, CATASTROPHIC, false), timeout: 5_000 }));
  expect(applied.status).toBe(200);
  expect(applied.ms).toBeLessThan(1_000);
  expect((await applied.res.json()).operation.count).toBe(1);
});

test("constructs RE2 cannot run in linear time are refused with 400 naming them", async ({ request, dataset }) => {
  const ids = await seed(request, dataset.id);
  const cases: [string, RegExp][] = [
    ["(a)\\1", /back-references \(\\1\) are not supported; patterns run in linear time/],
    ["a(?=!)", /lookahead \(\?=…\) is not supported/],
    ["(?<!b)a", /negative lookbehind \(\?<!…\) is not supported/],
  ];
  for (const [find, message] of cases) {
    const res = await request.post(`/api/v1/datasets/${dataset.id}/bulk`, { data: findReplace(ids, find), timeout: 5_000 });
    expect(res.status(), find).toBe(400);
    expect((await res.json()).error.message, find).toMatch(message);
  }
});

test("the bulk bar's preview answers the catastrophic pattern at once, and shows a refusal under the fields", async ({ page, request, dataset }) => {
  await seed(request, dataset.id);
  await page.goto(`/datasets/${dataset.id}`);
  await page.getByRole("checkbox", { name: "Select all conversations on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await bar.getByRole("button", { name: "Find and replace" }).click();
  const form = bar.getByRole("form", { name: "Find and replace" });
  await form.getByRole("textbox", { name: "Find", exact: true }).fill(CATASTROPHIC);
  await form.getByRole("textbox", { name: "Replace with" }).fill("x");
  await form.getByRole("checkbox", { name: "Regular expression" }).check();

  // The page asks through its server action; time that answer, not the rendering.
  const start = Date.now();
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/datasets/${dataset.id}`), { timeout: 5_000 });
  await form.getByRole("button", { name: "Preview" }).click();
  expect((await answered).status()).toBe(200);
  expect(Date.now() - start).toBeLessThan(1_000);
  await expect(form.getByRole("region", { name: "Preview of the changes" })).toContainText("1 occurrence in 1 conversation");
  expect((await request.get(`/api/v1/datasets/${dataset.id}`, { timeout: 5_000 })).status()).toBe(200);

  await form.getByRole("textbox", { name: "Find", exact: true }).fill("(a)\\1");
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("alert")).toContainText("back-references (\\1) are not supported; patterns run in linear time");
});
