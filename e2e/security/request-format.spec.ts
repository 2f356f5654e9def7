import type { APIRequestContext } from "@playwright/test";
import { chat, expect, importBody, jsonl, listAll, test } from "../fixtures";

// State-changing JSON endpoints take only bodies labelled application/json: a page on
// another site can send text/plain or a form without a CORS preflight, and a body
// under the wrong label is refused with 415 before anything is read or written.
// Yes/no parameters mean the same in a URL and in a body: allowErrors=1 or true.

const NOT_JSON_TYPES = ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"];

async function send(request: APIRequestContext, method: string, path: string, body: unknown, contentType: string) {
  return request.fetch(path, { method, data: JSON.stringify(body), headers: { "content-type": contentType } });
}

test("JSON endpoints answer 415 to a body that is not labelled JSON, and change nothing", async ({ request, dataset, uniqueName }) => {
  await importBody(request, dataset.id, jsonl([chat("Label me")]));
  const [row] = await listAll(request, dataset.id);
  const name = uniqueName("not json");
  const endpoints: [string, string, unknown][] = [
    ["POST", "/api/v1/datasets", { name }],
    ["PATCH", `/api/v1/conversations/${row.id}`, { version: 1, status: "approved" }],
    ["POST", `/api/v1/datasets/${dataset.id}/bulk`, { selection: { ids: [Number(row.id)] }, action: { type: "set_status", status: "rejected" } }],
    ["POST", `/api/v1/datasets/${dataset.id}/snapshots`, { status: "all", allowErrors: true }],
    ["POST", `/api/v1/datasets/${dataset.id}/dedup`, { threshold: 0.8 }],
    ["PATCH", `/api/v1/datasets/${dataset.id}`, { name: `${name} renamed` }],
    ["POST", `/api/v1/datasets/${dataset.id}/restore`, { name: `${name} restored` }],
  ];
  for (const [method, path, body] of endpoints) {
    for (const type of NOT_JSON_TYPES) {
      const res = await send(request, method, path, body, type);
      expect(res.status(), `${method} ${path} as ${type}`).toBe(415);
      const error = (await res.json()).error;
      expect(error.code).toBe("unsupported_media_type");
      expect(error.message).toBe(
        `This endpoint takes a JSON body, but it was sent as ${type.split(";")[0]}. Send the body as JSON with the header Content-Type: application/json.`,
      );
    }
  }
  const missing = await request.fetch("/api/v1/datasets", { method: "POST", data: Buffer.from(JSON.stringify({ name })) });
  expect(missing.status()).toBe(415);
  expect((await missing.json()).error.message).toMatch(/sent as application\/octet-stream|sent without a Content-Type/);

  // Nothing was written by any of them.
  const datasets = (await (await request.get("/api/v1/datasets")).json()).datasets as { name: string }[];
  expect(datasets.map((d) => d.name)).not.toContain(name);
  expect(await (await request.get(`/api/v1/conversations/${row.id}`)).json()).toMatchObject({ version: 1, status: "pending" });
  expect((await (await request.get(`/api/v1/datasets/${dataset.id}/snapshots`)).json()).snapshots).toEqual([]);

  // The same body labelled JSON (with a charset) is taken, and the upload route still takes a raw file.
  const ok = await send(request, "PATCH", `/api/v1/conversations/${row.id}`, { version: 1, status: "approved" }, "application/json; charset=utf-8");
  expect(ok.status()).toBe(200);
  const upload = await importBody(request, dataset.id, jsonl([chat("Raw upload")]));
  expect(upload.status()).toBe(200);
});

test("allowErrors takes 1 and true, in the export's query and in a snapshot's body", async ({ request, dataset }) => {
  // One approved example is fewer than OpenAI accepts: an error only allowErrors overrides.
  await importBody(request, dataset.id, jsonl([chat("Only one")]));
  const [row] = await listAll(request, dataset.id);
  expect((await request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, status: "approved" } })).status()).toBe(200);

  const exportWith = (value?: string) => request.get(`/api/v1/datasets/${dataset.id}/export${value === undefined ? "" : `?allowErrors=${value}`}`);
  expect((await exportWith()).status()).toBe(422);
  for (const yes of ["1", "true"]) {
    const res = await exportWith(yes);
    expect(res.status(), `allowErrors=${yes}`).toBe(200);
    expect((await res.text()).trim().split("\n")).toHaveLength(1);
  }
  for (const no of ["0", "false"]) expect((await exportWith(no)).status(), `allowErrors=${no}`).toBe(422);
  const bad = await exportWith("yes");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toBe("allowErrors: allowErrors must be true or 1 (false or 0 to leave it off)");

  expect((await request.post(`/api/v1/datasets/${dataset.id}/snapshots`, { data: { allowErrors: false } })).status()).toBe(422);
  const snapshot = await request.post(`/api/v1/datasets/${dataset.id}/snapshots`, { data: { allowErrors: true } });
  expect(snapshot.status(), await snapshot.text()).toBe(201);
  // The same records and options again: the snapshot holding them answers (200, reused), not a copy.
  const again = await request.post(`/api/v1/datasets/${dataset.id}/snapshots`, { data: { allowErrors: 1 } });
  expect(again.status(), await again.text()).toBe(200);
  expect(await again.json()).toMatchObject({ reused: true, snapshot: { id: (await snapshot.json()).snapshot.id } });
});
