import Database from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";
import { chat, expect, importBody, jsonl, listAll, test } from "../fixtures";

// JSON nested thousands of levels deep parses, and then overflows the stack of every
// recursive step after it (serialising a response, rendering a page). Nesting is
// bounded where JSON enters; what is too deep is an invalid line or a 400, never a
// 500, and never a 500 for a change that was saved.

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const deepLine = (depth: number) => JSON.stringify({ ...chat("How deep does this go?"), metadata: "DEEP" }).replace('"DEEP"', nested(depth));

async function patch(request: APIRequestContext, id: string, data: unknown) {
  const res = await request.patch(`/api/v1/conversations/${id}`, { data, timeout: 10_000 });
  expect(res.status(), await res.text()).not.toBe(500);
  return res;
}

test("a line nested 5,000 levels imports as an invalid line with the path and the limit, and every read and write of it answers", async ({
  page,
  request,
  dataset,
}) => {
  const res = await importBody(request, dataset.id, jsonl([chat("A normal line"), deepLine(5_000)]));
  expect(res.status()).toBe(200);
  const summary = await res.json();
  expect(summary).toMatchObject({ imported: 1, invalid: 1 });
  expect(summary.errors).toEqual([
    {
      line: 2,
      path: "metadata[0][0][0][0][0][0][0]…",
      message:
        "metadata[0][0][0][0][0][0][0]…: nested deeper than 64 levels: flatten or remove this value (Tuneset reads at most 64 levels of objects and arrays)",
    },
  ]);

  const [row] = await listAll(request, dataset.id, { invalid: "1" });
  const got = await request.get(`/api/v1/conversations/${row.id}`);
  expect(got.status()).toBe(200);
  const record = await got.json();
  expect(record.kind).toBe("invalid");
  expect(record.errors[0].message).toMatch(/64 levels/);

  const shown = await page.goto(`/conversations/${row.id}`);
  expect(shown?.status()).toBe(200);
  await expect(page.getByText("nested deeper than 64 levels").first()).toBeVisible();

  // A decision on it answers (an invalid line cannot be approved), and a stale one is a conflict.
  expect((await patch(request, row.id, { version: record.version, status: "approved" })).status()).toBe(400);
  const rejected = await patch(request, row.id, { version: record.version, status: "rejected" });
  expect(rejected.status()).toBe(200);
  expect((await rejected.json()).status).toBe("rejected");
  expect((await patch(request, row.id, { version: record.version, status: "needs_changes" })).status()).toBe(409);
});

test("a record stored deep before the limit existed reads as invalid; its status saves once and answers 200, a stale save 409", async ({
  page,
  request,
  dataset,
}) => {
  await importBody(request, dataset.id, jsonl([chat("Soon to be deep")]));
  const [row] = await listAll(request, dataset.id);
  // What an import before the bound stored: a valid chat record with a 5,000-deep key.
  const db = new Database(process.env.E2E_DATABASE_URL!.replace(/^file:/, ""));
  db.pragma("busy_timeout = 10000");
  db.prepare("UPDATE Conversation SET kind = 'chat', body = ?, errors = NULL WHERE id = ?").run(deepLine(5_000), Number(row.id));
  db.close();

  const got = await request.get(`/api/v1/conversations/${row.id}`);
  expect(got.status()).toBe(200);
  const record = await got.json();
  expect(record).toMatchObject({ kind: "invalid", errors: [{ path: "metadata[0][0][0][0][0][0][0]…" }] });
  expect((await page.goto(`/conversations/${row.id}`))?.status()).toBe(200);
  expect((await page.goto(`/conversations/${row.id}?edit=1`))?.status()).toBe(200);

  const saved = await patch(request, row.id, { version: record.version, status: "rejected" });
  expect(saved.status()).toBe(200);
  expect((await saved.json()).version).toBe(record.version + 1);
  const stale = await patch(request, row.id, { version: record.version, status: "needs_changes" });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.current).toMatchObject({ version: record.version + 1, status: "rejected" });
  // Its fields cannot be edited one by one (that would serialise the deep value); raw can fix it.
  expect((await patch(request, row.id, { version: record.version + 1, messages: chat("x").messages })).status()).toBe(400);
  const fixed = await patch(request, row.id, { version: record.version + 1, raw: JSON.stringify(chat("Fixed")) });
  expect(fixed.status()).toBe(200);
  expect((await fixed.json()).kind).toBe("chat");
});

test("a PATCH body nested 100,000 levels is refused with 400 naming where and the limit", async ({ request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("Patch me")]));
  const [row] = await listAll(request, dataset.id);
  const body = `{"version":1,"messages":${nested(100_000)}}`;
  const res = await request.patch(`/api/v1/conversations/${row.id}`, { data: body, headers: { "content-type": "application/json" }, timeout: 10_000 });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toBe(
    "The request body is nested deeper than 64 levels (at $.messages[0][0][0][0][0][0][0]…): Tuneset reads at most 64 levels of objects and arrays.",
  );
  expect((await (await request.get(`/api/v1/conversations/${row.id}`)).json()).version).toBe(1);
});
