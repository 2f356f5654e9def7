import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db, sqlite } from "../../db/client";
import { interruptAbandonedImports } from "../../db/imports/interrupt-abandoned";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { listConversations } from "../../db/conversations/list-conversations";
import { ConversationPageSchema } from "../../validation/conversation-filter";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

// `kill -9` in the middle of `tuneset import`: the import must not stay "running"
// forever. The command reads the file through a named pipe the test feeds, so it is
// certainly mid-way (waiting for more lines) when it is killed.

const LINES = 30_000;
const line = (i: number) =>
  JSON.stringify({
    messages: [
      { role: "user", content: `question word${i}` },
      { role: "assistant", content: `answer ${i}` },
    ],
  });
const content = Buffer.from(Array.from({ length: LINES }, (_, i) => line(i + 1)).join("\n") + "\n");

function tuneset(...args: string[]) {
  const child = spawn(process.execPath, ["scripts/tuneset.mjs", ...args], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

const importRow = () =>
  sqlite().prepare(`SELECT id, status, lines, bytes, leaseOwner FROM Import ORDER BY startedAt DESC LIMIT 1`).get() as
    { id: string; status: string; lines: number; bytes: number; leaseOwner: string | null } | undefined;
const sourceLines = () => sqlite().prepare(`SELECT sourceLine FROM Conversation ORDER BY sourceLine`).pluck().all() as number[];
const search = async (datasetId: string, q: string) => (await listConversations(scopeOf(datasetId), ConversationPageSchema.parse({ q }))).rows.length;

describe("an import killed mid-way", () => {
  it("becomes interrupted at its last stored line, its rows are searchable, and --resume imports the rest exactly once", { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "tuneset-killed-"));
    const file = join(dir, "chats.jsonl");
    writeFileSync(file, content);
    mkdirSync(join(dir, "pipe"));
    const pipe = join(dir, "pipe", "chats.jsonl");
    execFileSync("mkfifo", [pipe]);

    const first = tuneset("import", pipe, "--dataset", "killed", "--json");
    // Opening the pipe for writing waits until the command opens it for reading.
    const feed = await open(pipe, "w");
    await feed.write(content.subarray(0, content.indexOf("\n", Math.floor(content.length * 0.6)) + 1));
    await expect.poll(() => importRow()?.lines ?? 0, { timeout: 120_000, interval: 100 }).toBeGreaterThan(0);
    expect(importRow()?.status).toBe("running");
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    await feed.close().catch(() => {});

    // What a server does at start (and when a lease runs out): the owner is gone.
    expect(await interruptAbandonedImports()).toBe(1);
    const stopped = importRow()!;
    expect(stopped).toMatchObject({ status: "interrupted", leaseOwner: null });
    expect(stopped.lines).toBeGreaterThan(0);
    expect(stopped.lines).toBeLessThan(LINES);
    expect(sourceLines()).toEqual(Array.from({ length: stopped.lines }, (_, i) => i + 1));
    const audit = await db().auditEvent.findFirst({ where: { action: "import.interrupted", targetId: stopped.id } });
    expect(audit?.summary).toContain(`was interrupted at line ${stopped.lines.toLocaleString("en")}`);

    // The stored rows are indexed and checked like any others.
    await runBackgroundWorkUntilIdle();
    const dataset = await db().dataset.findUniqueOrThrow({ where: { name: "killed" } });
    expect(await search(dataset.id, `word${stopped.lines}`)).toBe(1);
    expect(await db().conversation.count({ where: { datasetId: dataset.id, checkedAt: null } })).toBe(0);
    expect((await db().import.findUniqueOrThrow({ where: { id: stopped.id } })).indexedAt).not.toBeNull();

    const resumed = tuneset("import", file, "--dataset", "killed", "--resume", "--json");
    const { code } = await resumed.exited;
    expect(code, resumed.output().stderr).toBe(0);
    const summary = JSON.parse(resumed.output().stdout);
    expect(summary).toMatchObject({ imported: LINES, invalid: 0, lines: LINES, resumed_after_line: stopped.lines, import_id: stopped.id });
    // Every line once: nothing twice, nothing lost.
    expect(sourceLines()).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));
    expect(importRow()).toMatchObject({ status: "done", lines: LINES, bytes: content.length });
    expect(await search(dataset.id, `word${LINES}`)).toBe(1);
  });
});
