import type { APIRequestContext, Page } from "@playwright/test";
import { addMember, chat, expect, importBody, jsonl, signIn, test, type Dataset } from "../fixtures";
import { bearer, makePeople, type Person } from "./role-callers";

// Renaming, describing, deleting and restoring a dataset are lead and admin work, in the
// datasets they are members of: a weaker role is refused (403), a dataset someone is not
// a member of is not found (404, never its name), a deleted dataset is not found by any
// endpoint, and bad input is a 400 saying what to fix. The server actions behind the
// settings page and the trash refuse the same, even when their input is rewritten.

const ROLES = ["viewer", "annotator", "lead"] as const;
const people = {} as Record<(typeof ROLES)[number], Person>;

test.beforeAll(async ({}, info) => {
  info.setTimeout(180_000);
  await makePeople(people, ROLES, "dataset lifecycle");
});

/** The three new writes on a dataset. */
const writes = (id: string): [string, (c: APIRequestContext) => Promise<{ status(): number; text(): Promise<string> }>][] => [
  ["PATCH", (c) => c.patch(`/api/v1/datasets/${id}`, { data: { name: "taken over" } })],
  ["DELETE", (c) => c.delete(`/api/v1/datasets/${id}`)],
  ["restore", (c) => c.post(`/api/v1/datasets/${id}/restore`, { data: {} })],
];

const newDataset = async (request: APIRequestContext, name: string): Promise<Dataset> =>
  (await (await request.post("/api/v1/datasets", { data: { name } })).json()).dataset;

test("a viewer or annotator is refused; a lead outside the dataset gets 404 without its name", async ({ page, request, playwright, baseURL, dataset }) => {
  for (const role of ROLES) await addMember(page, dataset, people[role].email);
  for (const role of ["viewer", "annotator"] as const) {
    const caller = await bearer(playwright, baseURL, people[role].token);
    for (const [what, send] of writes(dataset.id)) {
      const res = await send(caller);
      expect(res.status(), `${role} ${what}: ${await res.text()}`).toBe(403);
    }
    expect((await caller.get("/api/v1/datasets?deleted=1")).status()).toBe(403);
    await caller.dispose();
  }

  const secret = await newDataset(request, `Secret payroll ${Date.now().toString(36)}`);
  const lead = await bearer(playwright, baseURL, people.lead.token);
  for (const [what, send] of writes(secret.id)) {
    const res = await send(lead);
    const text = await res.text();
    expect(res.status(), `lead outside, ${what}: ${text}`).toBe(404);
    expect(text).not.toContain(secret.name);
  }
  // Deleted by an admin, it is still not the outsider's to see or restore.
  expect((await request.delete(`/api/v1/datasets/${secret.id}`)).status()).toBe(200);
  expect(JSON.stringify(await (await lead.get("/api/v1/datasets?deleted=1")).json())).not.toContain(secret.name);
  expect((await lead.post(`/api/v1/datasets/${secret.id}/restore`, { data: {} })).status()).toBe(404);
  await lead.dispose();
  const unchanged = await request.get(`/api/v1/datasets/${dataset.id}`);
  expect((await unchanged.json()).dataset.name).toBe(dataset.name);
});

test("a deleted dataset is not found by any endpoint, and a live one cannot be 'restored'", async ({ request, dataset }) => {
  await importBody(request, dataset.id, jsonl([chat("Where is my refund?")]));
  expect((await request.post(`/api/v1/datasets/${dataset.id}/restore`, { data: {} })).status()).toBe(404);
  expect((await request.delete(`/api/v1/datasets/${dataset.id}`)).status()).toBe(200);
  for (const path of ["", "/conversations", "/trash", "/snapshots", "/invalid-lines", "/dedup"]) {
    const res = await request.get(`/api/v1/datasets/${dataset.id}${path}`);
    expect(res.status(), `GET ${path}`).toBe(404);
  }
  for (const [what, send] of writes(dataset.id).slice(0, 2)) expect((await send(request)).status(), what).toBe(404);
  expect((await importBody(request, dataset.id, jsonl([chat("More")]))).status()).toBe(404);
  const listed = (await (await request.get("/api/v1/datasets")).json()).datasets as Dataset[];
  expect(listed.map((d) => d.id)).not.toContain(dataset.id);
});

test("bad input is a 400 saying what to fix, and changes nothing", async ({ request, dataset }) => {
  const cases: [unknown, RegExp][] = [
    [{}, /Send a new name, a description, or both/],
    [{ name: "" }, /name: Give the dataset a name/],
    [{ name: "x".repeat(101) }, /name: Keep the name under 100 characters/],
    [{ name: "tab\there" }, /name: Use visible characters only/],
    [{ name: 42 }, /name: /],
    [{ description: "d".repeat(2001) }, /description: Keep the description under 2,000 characters/],
    [{ description: ["a"] }, /description: /],
    [[], /./],
  ];
  for (const [body, message] of cases) {
    const res = await request.patch(`/api/v1/datasets/${dataset.id}`, { data: body });
    const text = await res.text();
    expect(res.status(), `${JSON.stringify(body).slice(0, 60)} → ${text}`).toBe(400);
    expect(JSON.parse(text).error.message).toMatch(message);
  }
  // A name of exactly 100 characters is fine, and comes back as typed.
  const longest = `${"n".repeat(95)}${Date.now().toString(36).slice(-5)}`;
  const ok = await request.patch(`/api/v1/datasets/${dataset.id}`, { data: { name: longest } });
  expect(ok.status(), await ok.text()).toBe(200);
  expect((await ok.json()).dataset.name).toBe(longest);

  expect((await request.delete(`/api/v1/datasets/${dataset.id}`)).status()).toBe(200);
  const tooLong = await request.post(`/api/v1/datasets/${dataset.id}/restore`, { data: { name: "r".repeat(101) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error.message).toMatch(/name: Keep the name under 100 characters/);
  const back = await request.post(`/api/v1/datasets/${dataset.id}/restore`);
  expect(back.status(), await back.text()).toBe(200);
});

/** Rewrites the page's server action calls on their way out, putting `to` where `from` was. */
async function retarget(page: Page, from: string, to: string) {
  await page.route("**/datasets/**", async (route, req) => {
    const body = req.postData();
    if (req.method() !== "POST" || !req.headers()["next-action"] || !body?.includes(from)) return route.continue();
    await route.continue({ postData: body.split(from).join(to) });
  });
}

test("the settings page's actions refuse another dataset slipped into their input", async ({ page, browser, request, uniqueName }) => {
  const own = await newDataset(request, uniqueName("own"));
  const other = await newDataset(request, uniqueName("other"));
  await addMember(page, own, people.lead.email);
  const lead = await signIn(browser, people.lead.email);
  await retarget(lead, own.id, other.id);
  await lead.goto(`/datasets/${own.id}/settings`);
  const form = lead.getByRole("form", { name: "Name and description" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(uniqueName("hijacked"));
  await form.getByRole("button", { name: "Save name and description" }).click();
  await expect(form.getByText(/This dataset was not found/)).toBeVisible();
  await lead.getByRole("button", { name: "Delete dataset…" }).click();
  await lead
    .getByRole("group", { name: "Confirm deletion" })
    .getByRole("button", { name: /^Delete / })
    .click();
  await expect(lead.getByRole("group", { name: "Confirm deletion" }).getByRole("alert")).toContainText("This dataset was not found");
  await lead.context().close();
  for (const d of [own, other]) {
    const res = await request.get(`/api/v1/datasets/${d.id}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).dataset.name).toBe(d.name);
  }
});

test("an annotator's page cannot delete through the action either", async ({ page, browser, dataset }) => {
  await addMember(page, dataset, people.annotator.email);
  // The annotator opens the settings page, which has no Delete button; a lead's page of
  // the same dataset gives the action's id, called here with the annotator's session.
  await page.goto(`/datasets/${dataset.id}/settings`);
  const actionCall = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.route("**/datasets/**", (route, req) => (req.headers()["next-action"] ? route.abort() : route.continue()));
  await page.getByRole("button", { name: "Delete dataset…" }).click();
  await page
    .getByRole("group", { name: "Confirm deletion" })
    .getByRole("button", { name: /^Delete / })
    .click();
  const call = await actionCall;
  const annotator = await signIn(browser, people.annotator.email);
  // The call as the page sent it, but with the annotator's own session (their context's cookie).
  const headers = Object.fromEntries(Object.entries(call.headers()).filter(([k]) => k.toLowerCase() !== "cookie"));
  const res = await annotator.request.post(call.url(), { headers, data: call.postData() ?? "" });
  const text = await res.text();
  expect(text).toMatch(/As an annotator you cannot delete datasets/);
  await annotator.context().close();
  expect((await page.request.get(`/api/v1/datasets/${dataset.id}`)).status()).toBe(200);
});
