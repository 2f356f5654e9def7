import { addMember, approve, chat, createUser, expect, importBody, jsonl, listAll, signIn, test } from "./fixtures";

// Roles as people meet them: the admin (signed in by the first-run test) makes an
// annotator and a lead, and each finds only what their role allows, in the page and
// through the API.

test("an annotator reviews but cannot export or see other datasets; a lead exports", async ({ page, request, dataset, uniqueName, browser }) => {
  const tag = uniqueName("u").replace(/\W+/g, "");
  const annotator = `ann.${tag}@example.com`;
  const lead = `lee.${tag}@example.com`;
  // Eleven records: ten approved make the smallest set OpenAI accepts, so the lead's export goes through.
  await importBody(request, dataset.id, jsonl(Array.from({ length: 11 }, (_, i) => chat(`How do I reset password number ${i}?`))));
  const [first, ...rest] = await listAll(request, dataset.id);
  await approve(
    request,
    dataset.id,
    rest.slice(0, 9).map((r) => Number(r.id)),
  );

  await createUser(page, { name: "Ann Annotator", email: annotator, role: "annotator" });
  await createUser(page, { name: "Lee Lead", email: lead, role: "lead" });
  for (const email of [annotator, lead]) await addMember(page, dataset, email);

  // The annotator: sees the dataset, reviews, finds no export or import control.
  const ann = await signIn(browser, annotator);
  await expect(ann.getByRole("link", { name: dataset.name, exact: true })).toBeVisible();
  await ann.goto(`/datasets/${dataset.id}`);
  await expect(ann.getByRole("link", { name: "Review" })).toBeVisible();
  await expect(ann.getByRole("link", { name: /^Export/ })).toHaveCount(0);
  await expect(ann.getByRole("heading", { name: "Import conversations" })).toHaveCount(0);
  await ann.goto(`/datasets/${dataset.id}/review`);
  await ann.getByRole("button", { name: "Approve" }).click();
  await expect.poll(async () => (await listAll(request, dataset.id, { status: "approved" })).map((r) => r.id)).toContain(first.id);
  // The Users page is the admin's alone.
  await ann.goto("/admin/users");
  await expect(ann.getByRole("heading", { name: "Your role does not open this page" })).toBeVisible();

  // Their token works for what they may do, and gets 403 for what they may not.
  await ann.goto("/account");
  const tokens = ann.getByRole("form", { name: "New API token" });
  await tokens.getByLabel("Name").fill("review script");
  await tokens.getByRole("button", { name: "Create token" }).click();
  const token = await ann.getByLabel("New token").inputValue();
  expect(token).toMatch(/^tst_/);
  const auth = { Authorization: `Bearer ${token}` };
  const bare = await ann.context().request;
  expect((await bare.get(`/api/v1/datasets/${dataset.id}/conversations`, { headers: auth })).status()).toBe(200);
  const refused = await bare.get(`/api/v1/datasets/${dataset.id}/export?status=approved`, { headers: auth });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");
  // Another dataset does not exist for them.
  const other = await request.post("/api/v1/datasets", { data: { name: uniqueName("not theirs") } });
  const otherId = (await other.json()).dataset.id;
  expect((await bare.get(`/api/v1/datasets/${otherId}`, { headers: auth })).status()).toBe(404);
  await ann.goto(`/datasets/${otherId}`);
  await expect(ann.getByText(/not found/i).first()).toBeVisible();

  // The lead exports the approved set.
  const leadPage = await signIn(browser, lead);
  await leadPage.goto(`/datasets/${dataset.id}`);
  const download = leadPage.waitForEvent("download");
  await leadPage.getByRole("button", { name: "Export approved" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(10);

  // A revoked token stops working at once.
  await ann.goto("/account");
  await ann.getByRole("table", { name: "API tokens" }).getByRole("button", { name: "Revoke" }).click();
  await expect(ann.getByRole("table", { name: "API tokens" }).getByText("revoked")).toBeVisible();
  expect((await bare.get(`/api/v1/datasets/${dataset.id}/conversations`, { headers: auth })).status()).toBe(401);
});

test("a viewer reads a conversation with no control to change it, and the API refuses their edits", async ({ page, request, dataset, browser, uniqueName }) => {
  const email = `val.${uniqueName("w").replace(/\W+/g, "")}@example.com`;
  await importBody(request, dataset.id, jsonl([chat("Can I share a folder with a guest?")]));
  const [row] = await listAll(request, dataset.id);
  await createUser(page, { name: "Val Viewer", email, role: "viewer" });
  await addMember(page, dataset, email);

  const val = await signIn(browser, email);
  await val.goto(`/conversations/${row.id}`);
  await expect(val.getByText("Can I share a folder with a guest?", { exact: true })).toBeVisible();
  await expect(val.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(val.getByRole("link", { name: "Edit turns" })).toHaveCount(0);
  const patch = await val.context().request.patch(`/api/v1/conversations/${row.id}`, { data: { version: 1, status: "approved" } });
  expect(patch.status()).toBe(403);
});

test("a forgotten password: the admin hands over a one-time link, which signs the user out everywhere", async ({ page, browser, uniqueName }) => {
  const email = `vic.${uniqueName("v").replace(/\W+/g, "")}@example.com`;
  await createUser(page, { name: "Vic Viewer", email, role: "viewer" });
  const vic = await signIn(browser, email);

  await page.goto("/admin/users");
  // A role changes in place, and says so.
  await page.getByLabel(`Role of ${email}`).selectOption("annotator");
  await expect(page.getByText(`${email} is now annotator.`)).toBeVisible();
  await expect(page.getByLabel(`Role of ${email}`)).toHaveValue("annotator");
  await page.getByRole("row").filter({ hasText: email }).getByRole("button", { name: "Reset link" }).click();
  const link = await page.getByLabel("Reset link").inputValue();
  expect(link).toContain("/reset-password?token=");

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await context.newPage();
  await visitor.goto(link);
  const form = visitor.getByRole("form", { name: "Choose a new password" });
  await form.getByLabel("New password").fill("a brand new passphrase");
  await form.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByText("Your new password is set")).toBeVisible();
  const signInForm = visitor.getByRole("form", { name: "Sign in" });
  await signInForm.getByLabel("E-mail").fill(email);
  await signInForm.getByLabel("Password").fill("a brand new passphrase");
  await signInForm.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("heading", { name: "Datasets", exact: true })).toBeVisible();

  // The old session ended with the reset; the link works only once.
  await vic.goto("/");
  await expect(vic).toHaveURL(/\/sign-in/);
  await visitor.goto(link);
  await visitor.getByRole("form", { name: "Choose a new password" }).getByLabel("New password").fill("yet another passphrase");
  await visitor.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByText(/expired or was already used/)).toBeVisible();
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page sends a signed-out visitor to sign in, and the API answers 401", async ({ page, request }) => {
    for (const path of [
      "/",
      "/datasets/x",
      "/datasets/x/review",
      "/datasets/x/duplicates",
      "/datasets/x/settings",
      "/datasets/x/trash",
      "/conversations/1",
      "/admin/users",
      "/account",
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in/);
    }
    const res = await request.get("/api/v1/datasets");
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
  });

  test("a wrong password gets a plain refusal, and sign-in is limited after five", async ({ page }) => {
    await page.goto("/sign-in");
    const form = page.getByRole("form", { name: "Sign in" });
    for (let i = 0; i < 5; i++) {
      await form.getByLabel("E-mail").fill("nobody@example.com");
      await form.getByLabel("Password").fill(`wrong password ${i}`);
      await form.getByRole("button", { name: "Sign in" }).click();
      // The form clears the password once the answer is in.
      await expect(form.getByLabel("Password")).toHaveValue("");
      await expect(form.getByText(/do not match an account/)).toBeVisible();
    }
    await form.getByLabel("Password").fill("wrong again");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByText(/Too many failed sign-ins/)).toBeVisible();
  });
});
