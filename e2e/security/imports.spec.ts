import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { chat, expect, getConversation, importBody, jsonl, listAll, test, type Dataset } from "../fixtures";

// What an import does with input meant to hurt or to be lost: bytes that are not UTF-8,
// file names too long or badly encoded, and a process killed half-way through a file.

const NOT_UTF8 = Buffer.concat([
  Buffer.from('{"messages":[{"role":"user","content":"caf'),
  Buffer.from([0xff, 0xfe]),
  Buffer.from('"},{"role":"assistant","content":"ok"}]}'),
]);

test("a line that is not UTF-8 is an invalid record naming the byte, and downloads byte for byte", async ({ page, request, dataset }) => {
  const res = await importBody(request, dataset.id, Buffer.concat([Buffer.from(jsonl([chat("hi")])), NOT_UTF8, Buffer.from("\n")]));
  expect(res.status(), await res.text()).toBe(200);
  expect(await res.json()).toMatchObject({ imported: 1, invalid: 1, errors: [{ line: 2, path: "", message: "invalid UTF-8 at byte 43" }] });

  const [row] = await listAll(request, dataset.id, { invalid: "1" });
  const record = await getConversation(request, row.id);
  expect(record.errors).toEqual([{ path: "", message: "invalid UTF-8 at byte 43" }]);
  expect(record.raw).toContain("caf\ufffd\ufffd");
  expect(Buffer.from(record.raw_base64, "base64")).toEqual(NOT_UTF8);
  const api = await request.get(`/api/v1/datasets/${dataset.id}/invalid-lines`);
  expect(api.status()).toBe(200);
  expect(await api.body()).toEqual(Buffer.concat([NOT_UTF8, Buffer.from("\n")]));

  // The page says what the � are, and its download gives the file's own bytes back.
  await page.goto(`/conversations/${row.id}`);
  await expect(page.getByText("This line is not valid UTF-8.")).toBeVisible();
  await page.goto(`/datasets/${dataset.id}?invalid=1`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download invalid lines as imported" }).click()]);
  expect(readFileSync(await download.path())).toEqual(Buffer.concat([NOT_UTF8, Buffer.from("\n")]));
});

test("an over-long or badly encoded file name is capped, kept whole-charactered, and names the import everywhere", async ({ page, request, dataset }) => {
  const long = "é".repeat(300) + ".jsonl";
  const res = await importBody(request, dataset.id, jsonl([chat("named")]), long);
  expect(res.status(), await res.text()).toBe(200);
  const { file } = await res.json();
  expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
  expect(file).toMatch(/^é+…\.jsonl$/);
  const { imports } = await (await request.get(`/api/v1/datasets/${dataset.id}/imports`)).json();
  expect(imports[0].fileName).toBe(file);

  // A stray "%" is part of a name, not a server error.
  const percent = await request.post(`/api/v1/datasets/${dataset.id}/imports?filename=%`, { data: Buffer.from(jsonl([chat("percent")])) });
  expect(percent.status(), await percent.text()).toBe(200);
  expect((await percent.json()).file).toBe("%");

  await page.goto(`/datasets/${dataset.id}`);
  await expect(page.getByRole("region", { name: "Recent imports" }).getByText(file)).toBeVisible();
  const row = (await listAll(request, dataset.id)).find((r) => r.preview.includes("named"))!;
  await page.goto(`/conversations/${row.id}`);
  // The record's origin names its import by file and time, not by its id.
  const origin = page.locator("dt", { hasText: /^Import$/ }).locator("xpath=following-sibling::dd[1]");
  await expect(origin).toContainText(file);
  await expect(origin).toContainText(/UTC/);
  await expect(page.getByText(imports[0].id)).toHaveCount(0);
});

// --- kill -9 in the middle of `tuneset import` -------------------------------------

const LINES = 30_000;
const line = (i: number) =>
  JSON.stringify({
    messages: [
      { role: "user", content: `question killword${i}` },
      { role: "assistant", content: `answer ${i}` },
    ],
  });
const CONTENT = Buffer.from(Array.from({ length: LINES }, (_, i) => line(i + 1)).join("\n") + "\n");
const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL };

function tuneset(...args: string[]) {
  const child = spawn(process.execPath, ["scripts/tuneset.mjs", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/**
 * Runs `tuneset import` on a named pipe fed 60% of the file, so the command is certainly
 * mid-way (waiting for lines) when it is killed with SIGKILL once it has stored some.
 * Returns the file, whole, for resuming.
 */
async function killMidImport(request: Parameters<typeof listAll>[0], dataset: Dataset): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tuneset-e2e-kill-"));
  const file = join(dir, "chats.jsonl");
  writeFileSync(file, CONTENT);
  mkdirSync(join(dir, "pipe"));
  const pipe = join(dir, "pipe", "chats.jsonl");
  execFileSync("mkfifo", [pipe]);
  const cli = tuneset("import", pipe, "--dataset", dataset.name, "--json");
  const feed = await open(pipe, "w");
  await feed.write(CONTENT.subarray(0, CONTENT.indexOf("\n", Math.floor(CONTENT.length * 0.6)) + 1));
  await expect
    .poll(async () => (await (await request.get(`/api/v1/datasets/${dataset.id}/imports`)).json()).imports[0]?.lines ?? 0, { timeout: 120_000 })
    .toBeGreaterThan(0);
  cli.child.kill("SIGKILL");
  await cli.exited;
  await feed.close().catch(() => {});
  return file;
}

/** The running server notices the dead owner (its lease is 3 s here) and the page says where the import stopped. */
async function interruptedLine(page: Page, dataset: Dataset): Promise<number> {
  await page.goto(`/datasets/${dataset.id}`);
  const badge = page.getByRole("region", { name: "Recent imports" }).getByText(/^Interrupted at line [\d,]+$/);
  await expect(async () => {
    await page.reload();
    await expect(badge).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  return Number((await badge.textContent())!.replace(/\D/g, ""));
}

test.describe("an import killed mid-way", () => {
  test.describe.configure({ timeout: 300_000 });

  test("is shown interrupted at its last stored line, and the CLI's --resume imports the rest exactly once", async ({ page, request, dataset }) => {
    const file = await killMidImport(request, dataset);
    const at = await interruptedLine(page, dataset);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(LINES);
    await expect(page.getByText(`tuneset import chats.jsonl --dataset "${dataset.name}" --resume`)).toBeVisible();
    expect(await listAll(request, dataset.id)).toHaveLength(at);
    // Its rows are indexed like any others.
    await expect.poll(async () => (await listAll(request, dataset.id, { q: `killword${at}` })).length, { timeout: 60_000 }).toBe(1);

    const resumed = tuneset("import", file, "--dataset", dataset.name, "--resume", "--json");
    expect(await resumed.exited, resumed.output().stderr).toBe(0);
    expect(JSON.parse(resumed.output().stdout)).toMatchObject({ imported: LINES, lines: LINES, resumed_after_line: at });
    const rows = await listAll(request, dataset.id);
    expect(rows).toHaveLength(LINES);
    const { imports } = await (await request.get(`/api/v1/datasets/${dataset.id}/imports`)).json();
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ status: "done", lines: LINES, imported: LINES });
  });

  test("is resumed from the browser by choosing the same file again", async ({ page, request, dataset }) => {
    const file = await killMidImport(request, dataset);
    const at = await interruptedLine(page, dataset);
    await page.getByLabel("Choose file").setInputFiles(file);
    const offer = page.getByRole("region", { name: "Resume the interrupted import" });
    await offer.getByRole("button", { name: `Resume after line ${at.toLocaleString("en")}` }).click();
    const result = page.getByRole("region", { name: "Import result" });
    await expect(result.getByText(`Resumed after line ${at.toLocaleString("en")}`)).toBeVisible({ timeout: 120_000 });
    const n = LINES.toLocaleString("en");
    await expect(result.getByRole("definition")).toHaveText([n, "0", "0", n]);
    expect(await listAll(request, dataset.id)).toHaveLength(LINES);
  });
});
