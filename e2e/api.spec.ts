import { readFileSync } from "node:fs";
import { createDataset, expect, importBody, publicFile, readLines, test } from "./fixtures";

// The HTTP API as a script would use it: the same summaries, errors and streams.

test("imports a file over HTTP, pages the table by cursor and exports it back unchanged", async ({ request, uniqueName }) => {
  const ds = await createDataset(request, uniqueName("api dpo"));
  const path = publicFile("orca-dpo-pairs.jsonl");
  const res = await importBody(request, ds.id, readFileSync(path), "orca-dpo-pairs.jsonl");
  expect(res.status()).toBe(200);
  const input = readLines(path);
  expect(await res.json()).toMatchObject({ dataset: ds.name, imported: input.length, invalid: 0, duplicates: 0, errors: [] });

  const seen: string[] = [];
  let cursor = "";
  do {
    const page = await (await request.get(`/api/v1/datasets/${ds.id}/conversations?limit=100&sort=created&dir=asc&cursor=${cursor}`)).json();
    expect(page.total).toBe(input.length);
    seen.push(...page.conversations.map((c: { id: string }) => c.id));
    cursor = page.next_cursor ?? "";
  } while (cursor);
  expect(new Set(seen).size).toBe(input.length);

  const one = await (await request.get(`/api/v1/conversations/${seen[0]}`)).json();
  expect(one).toMatchObject({ id: seen[0], datasetId: ds.id, version: 1, status: "pending", labels: [], source_line: 1 });
  expect(one.input).toEqual(JSON.parse(input[0]).input);

  const exported = await request.get(`/api/v1/datasets/${ds.id}/export?status=all&allowErrors=1`);
  expect(exported.headers()["content-type"]).toContain("application/jsonl");
  const lines = (await exported.text()).trimEnd().split("\n");
  expect(lines.map((l) => JSON.parse(l))).toEqual(input.map((l) => JSON.parse(l)));
});

test("PATCH needs the current version; a stale one gets 409 with the current record", async ({ request, uniqueName }) => {
  const ds = await createDataset(request, uniqueName("api patch"));
  await importBody(request, ds.id, '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}\n');
  const [row] = (await (await request.get(`/api/v1/datasets/${ds.id}/conversations`)).json()).conversations;
  const ok = await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, status: "approved" } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ version: 2, status: "approved" });
  const stale = await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, status: "rejected" } });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body.error).toMatchObject({ code: "conflict", current: { version: 2, status: "approved" } });
  // One approved example is fewer than OpenAI accepts: the export says so, and writes it when asked to anyway.
  const refused = await request.get(`/api/v1/datasets/${ds.id}/export`);
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.message).toContain("OpenAI needs at least 10");
  const approved = await request.get(`/api/v1/datasets/${ds.id}/export?allowErrors=1`);
  expect((await approved.text()).trim().split("\n")).toHaveLength(1);
});

test("bad input gets clear JSON errors with the right status, never a 500", async ({ request, uniqueName }) => {
  const ds = await createDataset(request, uniqueName("api errors"));
  const empty = await importBody(request, ds.id, "");
  expect(empty.status()).toBe(200);
  expect((await empty.json()).warnings[0]).toMatch(/empty/);

  const binary = await importBody(request, ds.id, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1]), "archive.zip");
  expect(binary.status()).toBe(400);
  expect((await binary.json()).error.message).toMatch(/archive\.zip: this looks like a binary file/);

  const bad = await importBody(request, ds.id, "{nope\n".repeat(100_000));
  expect(bad.status()).toBe(200);
  const summary = await bad.json();
  expect(summary).toMatchObject({ invalid: 100_000, imported: 0 });
  expect(summary.errors).toHaveLength(1000);

  expect((await request.get("/api/v1/datasets/nope/conversations")).status()).toBe(404);
  expect((await request.get("/api/v1/conversations/999999999")).status()).toBe(404);
  expect((await request.get(`/api/v1/datasets/${ds.id}/conversations?sort=bogus`)).status()).toBe(400);
  expect((await request.post("/api/v1/datasets", { data: { name: "" } })).status()).toBe(400);
  expect((await request.post("/api/v1/datasets", { data: { name: ds.name } })).status()).toBe(409);
  const notJson = await request.patch(`/api/v1/conversations/1`, { data: "nope", headers: { "content-type": "text/plain" } });
  expect([404, 415]).toContain(notJson.status());
  const badJson = await request.patch(`/api/v1/conversations/1`, { data: "nope", headers: { "content-type": "application/json" } });
  expect([400, 404]).toContain(badJson.status());
});
