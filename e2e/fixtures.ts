import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// Each test makes its own dataset (unique name), so tests never share or depend on
// each other's data.

export const PUBLIC_DATA = process.env.TUNESET_PUBLIC_DATA ?? resolve(process.cwd(), "..", "shared", "data", "public");
export const publicFile = (name: string) => resolve(PUBLIC_DATA, name);
export const readLines = (path: string) => readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "");

export type Dataset = { id: string; name: string };

export async function createDataset(request: APIRequestContext, name: string): Promise<Dataset> {
  const res = await request.post("/api/v1/datasets", { data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).dataset;
}

export async function importBody(request: APIRequestContext, datasetId: string, body: string | Buffer, filename = "test.jsonl") {
  return request.post(`/api/v1/datasets/${datasetId}/imports?filename=${encodeURIComponent(filename)}`, {
    data: typeof body === "string" ? Buffer.from(body) : body,
    headers: { "content-type": "application/octet-stream" },
  });
}

export const test = base.extend<{ uniqueName: (prefix: string) => string }>({
  // eslint-disable-next-line no-empty-pattern
  uniqueName: async ({}, use, info) => {
    let n = 0;
    await use((prefix) => `${prefix} ${info.workerIndex}-${Date.now().toString(36)}-${n++}`);
  },
});

export { expect };
