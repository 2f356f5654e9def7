import { createServer } from "node:http";
import type { APIRequestContext, APIResponse, Request } from "@playwright/test";
import { E2E_PROVIDER_KEY } from "../admin-state";
import { addMember, approve, chat, expect, importBody, jsonl, listAll, signIn, test, type Dataset } from "../fixtures";
import { bearer, makePeople, type Person } from "./role-callers";

// The server holds the provider key, and only an admin says where provider requests go
// (Settings, the server's environment, the CLI on the database file). A lead or an
// annotator names a provider and nothing more: no body, query or server action of
// theirs may send the key, or a dataset's content, to an address they chose, nor read
// another service's answer through an error. And someone outside a dataset learns
// nothing about it from the evaluation endpoints, not even its name.

/** What the internal service answers: it must never come back to the caller. */
const REPLY = "internal-admin-7f1c: every record deleted";

type Heard = { method: string; url: string; authorization: string | null; body: string };

/** A service on this machine the server could reach, recording everything sent to it. */
async function listener() {
  const heard: Heard[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      heard.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization ?? null, body });
      res.writeHead(403, { "content-type": "text/plain" }).end(REPLY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { heard, origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const people: Record<"lead" | "annotator", Person> = { lead: { email: "", token: "" }, annotator: { email: "", token: "" } };

test.beforeAll(async ({}, info) => {
  info.setTimeout(180_000);
  await makePeople(people, ["lead", "annotator"], "provider endpoints");
});

/** Records approved, and a snapshot of them with a validation split to evaluate on. */
async function evalSnapshot(request: APIRequestContext, dataset: Dataset, records = 24) {
  await importBody(request, dataset.id, jsonl(Array.from({ length: records }, (_, i) => chat(`Which depot ships parcel ${900 + i}?`))));
  const ids = (await listAll(request, dataset.id)).map((r) => Number(r.id));
  const approved = await request.post(`/api/v1/datasets/${dataset.id}/bulk`, {
    data: { selection: { ids }, action: { type: "set_status", status: "approved" } },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  const made = await request.post(`/api/v1/datasets/${dataset.id}/snapshots`, { data: { validation: "0.25", seed: "5" } });
  expect(made.status(), await made.text()).toBe(201);
  return (await made.json()).snapshot.id as string;
}

const MODELS = { modelA: "gpt-4o-mini-2024-07-18", modelB: "gpt-4.1-nano-2025-04-14" };

/** Every way a body, a query or a field name could carry an address or a key, at each entry that reaches a provider. */
function attempts(snapshotId: string, origin: string) {
  // The `#` once cut off the SDK's path, so the caller chose path and query on the internal service.
  const hostile = `${origin}/internal/admin/delete-all?confirm=yes#`;
  const evalBody = { source: { kind: "snapshot", snapshotId }, ...MODELS };
  const launch = { snapshot_id: snapshotId, model: "gpt-4o-mini-2024-07-18" };
  const out: { what: string; send: (r: APIRequestContext) => Promise<APIResponse> }[] = [];
  for (const [field, provider] of [
    ["baseURL", "openai"],
    ["baseURL", "compatible"],
    ["baseUrl", "openai"],
    ["base_url", "openai"],
    ["endpoint", "azure"],
    ["apiKey", "compatible"],
  ] as const) {
    const extra = { provider, [field]: hostile };
    out.push({ what: `POST /evals with ${field} (${provider})`, send: (r) => r.post("/api/v1/evals", { data: { ...evalBody, ...extra } }) });
    out.push({ what: `POST /evals/preview with ${field} (${provider})`, send: (r) => r.post("/api/v1/evals/preview", { data: { ...evalBody, ...extra } }) });
    out.push({ what: `POST /fine-tunes with ${field} (${provider})`, send: (r) => r.post("/api/v1/fine-tunes", { data: { ...launch, ...extra } }) });
    out.push({
      what: `POST /fine-tunes/sweeps with ${field} (${provider})`,
      send: (r) => r.post("/api/v1/fine-tunes/sweeps", { data: { ...launch, n_epochs_values: [1, 2], ...extra } }),
    });
    out.push({
      what: `GET /snapshots/{id}/launch-preview?${field} (${provider})`,
      send: (r) => r.get(`/api/v1/snapshots/${snapshotId}/launch-preview?${new URLSearchParams({ model: launch.model, ...extra })}`),
    });
  }
  return out;
}

test("no lead, annotator or admin request sends the server's key to an address it chose", async ({ page, request, playwright, baseURL, dataset }) => {
  const target = await listener();
  try {
    const snapshotId = await evalSnapshot(request, dataset);
    for (const role of ["lead", "annotator"] as const) await addMember(page, dataset, people[role].email);
    const callers = {
      lead: await bearer(playwright, baseURL, people.lead.token),
      annotator: await bearer(playwright, baseURL, people.annotator.token),
      admin: request,
    };
    for (const [role, caller] of Object.entries(callers)) {
      for (const attempt of attempts(snapshotId, target.origin)) {
        const res = await attempt.send(caller);
        const text = await res.text();
        const what = `${role}: ${attempt.what} → ${res.status()} ${text}`;
        expect([400, 403, 404], what).toContain(res.status());
        // A lead may run evaluations and launch: what stops them is the address itself.
        if (role !== "annotator") expect(text, what).toMatch(/cannot choose where a provider is or which key it uses/);
        expect(text, what).not.toContain(REPLY);
        expect(text, what).not.toContain(E2E_PROVIDER_KEY);
      }
    }
    await callers.lead.dispose();
    await callers.annotator.dispose();

    // Nothing was started, so nothing runs later either; the listener heard nothing at all.
    const evals = await (await request.get(`/api/v1/evals?dataset=${dataset.id}`)).json();
    expect(evals.data).toEqual([]);
    const jobs = await (await request.get(`/api/v1/fine-tunes?dataset=${dataset.id}`)).json();
    expect(jobs.data).toEqual([]);
    expect(target.heard).toEqual([]);
  } finally {
    await target.close();
  }
});

test("the evaluation form's server actions refuse an address slipped into their input", async ({ page, request, browser, dataset }) => {
  const target = await listener();
  try {
    const snapshotId = await evalSnapshot(request, dataset);
    await addMember(page, dataset, people.lead.email);
    const lead = await signIn(browser, people.lead.email);
    // The page's own requests, with an address added to the action's argument on its way out.
    let inject = true;
    await lead.route("**/evals/new**", async (route, req: Request) => {
      const body = req.postData();
      if (!inject || req.method() !== "POST" || !req.headers()["next-action"] || !body?.includes('"modelA"')) return route.continue();
      const args = JSON.parse(body) as Record<string, unknown>[];
      args[0] = { ...args[0], baseURL: `${target.origin}/v1` };
      await route.continue({ postData: JSON.stringify(args) });
    });
    await lead.goto(`/evals/new?snapshot=${snapshotId}`);
    await lead.getByLabel("Model A (baseline)").fill(MODELS.modelA);
    await lead.getByLabel("Model B (candidate)").fill(MODELS.modelB);
    const refused = lead.getByText(/cannot choose where a provider is or which key it uses/);

    await lead.getByRole("button", { name: "Estimate cost" }).click();
    await expect(refused).toBeVisible();
    // The same inputs without the address estimate fine; starting them with it is refused again.
    inject = false;
    await lead.getByRole("button", { name: "Estimate cost" }).click();
    await expect(lead.getByTestId("eval-destination")).toContainText("This sends 6 prompts");
    inject = true;
    await lead.getByRole("button", { name: "Start evaluation" }).click();
    await expect(refused).toBeVisible();
    await expect(lead).toHaveURL(/\/evals\/new\?/);

    expect((await (await request.get(`/api/v1/evals?dataset=${dataset.id}`)).json()).data).toEqual([]);
    expect(target.heard).toEqual([]);
    await lead.context().close();
  } finally {
    await target.close();
  }
});

test("someone outside a dataset gets 404 from evaluations and fine-tunes, and never its name", async ({ request, playwright, baseURL, uniqueName }) => {
  const secret = (await (await request.post("/api/v1/datasets", { data: { name: uniqueName("Secret payroll") } })).json()).dataset as Dataset;
  await importBody(request, secret.id, jsonl(Array.from({ length: 12 }, (_, i) => chat(`Salary of employee ${i}?`))));
  // Not held out for evaluation, and a snapshot without a validation split: both once answered with the name.
  const bare = await request.post(`/api/v1/datasets/${secret.id}/snapshots`, { data: { status: "all" } });
  expect(bare.status(), await bare.text()).toBe(201);
  const snapshotId = (await bare.json()).snapshot.id as string;

  const lead = await bearer(playwright, baseURL, people.lead.token);
  const asks: [string, () => Promise<APIResponse>][] = [];
  for (const path of ["/api/v1/evals/preview", "/api/v1/evals"]) {
    asks.push([`${path} on the dataset`, () => lead.post(path, { data: { source: { kind: "dataset", datasetId: secret.id }, ...MODELS } })]);
    asks.push([`${path} on its snapshot`, () => lead.post(path, { data: { source: { kind: "snapshot", snapshotId }, ...MODELS } })]);
  }
  asks.push(["POST /fine-tunes on its snapshot", () => lead.post("/api/v1/fine-tunes", { data: { snapshot_id: snapshotId, model: MODELS.modelA } })]);
  asks.push(["POST /fine-tunes on the dataset", () => lead.post("/api/v1/fine-tunes", { data: { dataset_id: secret.id, model: MODELS.modelA } })]);
  asks.push([
    "POST /fine-tunes/sweeps",
    () => lead.post("/api/v1/fine-tunes/sweeps", { data: { snapshot_id: snapshotId, model: MODELS.modelA, n_epochs_values: [1, 2] } }),
  ]);
  asks.push(["GET launch-preview", () => lead.get(`/api/v1/snapshots/${snapshotId}/launch-preview?model=${MODELS.modelA}`)]);
  for (const [what, ask] of asks) {
    const res = await ask();
    const text = await res.text();
    expect(res.status(), `${what}: ${text}`).toBe(404);
    expect(text, what).not.toContain(secret.name);
  }
  const listed = await lead.get(`/api/v1/evals?dataset=${secret.id}`);
  expect(await listed.text()).not.toContain(secret.name);
  await lead.dispose();
});

test("the launch dialog's form, pointed at a dataset its sender is outside, is refused and makes no snapshot there", async ({
  page,
  request,
  browser,
  dataset,
  uniqueName,
}) => {
  const twelve = (topic: string) => jsonl(Array.from({ length: 12 }, (_, i) => chat(`${topic} question ${i}?`)));
  await importBody(request, dataset.id, twelve("Depot"));
  await approve(request, dataset.id);
  await addMember(page, dataset, people.lead.email);
  const secret = (await (await request.post("/api/v1/datasets", { data: { name: uniqueName("Secret payroll") } })).json()).dataset as Dataset;
  await importBody(request, secret.id, twelve("Salary"));
  await approve(request, secret.id);

  // The lead's own dialog (the snapshot of the approved records is made on Launch), with the other dataset's id swapped into the form on its way out.
  const lead = await signIn(browser, people.lead.email);
  let swapped = 0;
  await lead.route(`**/datasets/${dataset.id}**`, async (route, req: Request) => {
    const body = req.postData();
    if (req.method() !== "POST" || !req.headers()["next-action"] || !body?.includes(dataset.id)) return route.continue();
    swapped++;
    await route.continue({ postData: body.split(dataset.id).join(secret.id) });
  });
  await lead.goto(`/datasets/${dataset.id}?launch=1`);
  const dialog = lead.getByRole("dialog", { name: "Launch a fine-tune on the approved records" });
  await dialog.getByLabel("Suffix").fill("e2e-outsider");
  await dialog.getByRole("button", { name: "Launch fine-tune" }).click();
  const refused = dialog.getByRole("alert");
  await expect(refused).toBeVisible();
  expect(swapped).toBeGreaterThan(0);
  expect(await refused.textContent()).not.toContain(secret.name);
  await expect(lead).toHaveURL(new RegExp(`/datasets/${dataset.id}\\?launch=1$`));

  // Nothing was made in either dataset: no snapshot, no job.
  for (const d of [secret, dataset]) {
    expect((await (await request.get(`/api/v1/datasets/${d.id}/snapshots`)).json()).snapshots).toEqual([]);
    expect((await (await request.get(`/api/v1/fine-tunes?dataset=${d.id}`)).json()).data).toEqual([]);
  }
  await lead.context().close();
});
