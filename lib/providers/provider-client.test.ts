import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { AzureOpenAI } from "openai";
import { providerClient } from "./provider-client";
import type { ProviderConfig } from "./provider-config";

// Each kind against a local server that records what arrives: the path, the query and
// the sign-in header are the provider's, and nothing else from the environment rides along.

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
let seen: Seen[] = [];
let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      res.setHeader("content-type", "application/json");
      res.end(
        req.method === "GET" ? '{"object":"list","data":[],"has_more":false}' : '{"id":"ftjob-1","object":"fine_tuning.job","status":"validating_files"}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// Variables the SDK would read on its own if the client left it room to.
const STRAY = {
  OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
  OPENAI_ORG_ID: "org-stray",
  OPENAI_PROJECT_ID: "proj_stray",
  OPENAI_ADMIN_KEY: "sk-admin-stray",
  OPENAI_LOG: "debug",
};
beforeEach(() => {
  seen = [];
  for (const [k, v] of Object.entries(STRAY)) vi.stubEnv(k, v);
});
afterEach(() => vi.unstubAllEnvs());

const config = (c: Partial<ProviderConfig> & Pick<ProviderConfig, "kind">): ProviderConfig => ({
  baseURL: origin,
  host: new URL(origin).host,
  source: "settings",
  apiKey: "key-0123456789abcdef",
  ...c,
});

describe("the fine-tuning client for each kind of provider", () => {
  it("OpenAI: /v1 paths, a bearer key, the organisation and project headers", async () => {
    const client = providerClient(config({ kind: "openai", baseURL: `${origin}/v1`, organization: "org-1", project: "proj_1" }));
    await client.fineTuning.jobs.list({ limit: 1 });
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req.url).toBe("/v1/fine_tuning/jobs?limit=1");
    expect(req.headers).toMatchObject({ authorization: "Bearer key-0123456789abcdef", "openai-organization": "org-1", "openai-project": "proj_1" });
    expect(req.headers["api-key"]).toBeUndefined();
  });

  it("an OpenAI-compatible endpoint: its own base path, a bearer key, no organisation from the environment", async () => {
    const client = providerClient(config({ kind: "compatible", baseURL: `${origin}/api/openai/v1` }));
    await client.fineTuning.jobs.create({ model: "llama-3-8b", training_file: "file-1" });
    const [req] = seen;
    expect([req.method, req.url]).toEqual(["POST", "/api/openai/v1/fine_tuning/jobs"]);
    expect(JSON.parse(req.body)).toEqual({ model: "llama-3-8b", training_file: "file-1" });
    expect(req.headers.authorization).toBe("Bearer key-0123456789abcdef");
    expect(req.headers["openai-organization"]).toBeUndefined();
    expect(req.headers["openai-project"]).toBeUndefined();
  });

  it("Azure: the SDK's Azure client, /openai paths with api-version, the api-key header", async () => {
    const client = providerClient(config({ kind: "azure", apiVersion: "2024-10-21", organization: "org-ignored" }));
    expect(client).toBeInstanceOf(AzureOpenAI);
    await client.fineTuning.jobs.list({ limit: 2 });
    // Creating a job is not a per-deployment route: no /deployments/<model> inserted.
    await client.fineTuning.jobs.create({ model: "gpt-4o-mini-2024-07-18", training_file: "file-2" });
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /openai/fine_tuning/jobs?api-version=2024-10-21&limit=2",
      "POST /openai/fine_tuning/jobs?api-version=2024-10-21",
    ]);
    for (const req of seen) {
      expect(req.headers["api-key"]).toBe("key-0123456789abcdef");
      expect(req.headers.authorization).toBeUndefined();
      expect(req.headers["openai-organization"]).toBeUndefined();
    }
  });

  it("keeps the SDK quiet even with OPENAI_LOG=debug, and its retries and timeout as asked", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const client = providerClient(config({ kind: "openai" }), { maxRetries: 0, timeoutMs: 5_000 });
    await client.fineTuning.jobs.list();
    expect(debug).not.toHaveBeenCalled();
    expect(info).not.toHaveBeenCalled();
    expect([client.maxRetries, client.timeout, client.adminAPIKey]).toEqual([0, 5_000, null]);
    expect(providerClient(config({ kind: "openai" })).maxRetries).toBe(2);
  });

  it("refuses a config without a key, naming where to put one", () => {
    expect(() => providerClient(config({ kind: "compatible", apiKey: undefined, source: "environment" }))).toThrow(
      /^Set TUNESET_COMPATIBLE_API_KEY on the server/,
    );
  });
});
