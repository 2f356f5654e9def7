import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db, sqlite } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { findOrCreateDataset } from "../../db/datasets/create-dataset";
import { importIntoDataset } from "./import-into-dataset";
import { listResumableImports } from "../../db/imports/resume-import";
import { findInterruptedImport } from "../../imports/interrupted-file";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

// Imports that stop half-way (the upload breaks off) and go on with the same file.

const line = (i: number) =>
  JSON.stringify({
    messages: [
      { role: "user", content: `question ${i}` },
      { role: "assistant", content: `answer ${i}` },
    ],
  });
const fileOf = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i === 6 ? "not json" : line(i + 1))).join("\n") + "\n");

/** The file in chunks of `size`; with `breakAfter`, the stream fails after that many bytes, as a dropped upload does. */
async function* chunks(bytes: Uint8Array, size = 5000, breakAfter = Infinity) {
  for (let i = 0; i < bytes.length; i += size) {
    if (i >= breakAfter) throw new Error("socket hang up");
    yield bytes.subarray(i, i + size);
  }
}

async function setup(name: string) {
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset(name, actor);
  return { actor, dataset };
}

const storedLines = (datasetId: string) =>
  sqlite().prepare(`SELECT sourceLine FROM Conversation WHERE datasetId = ? ORDER BY sourceLine`).pluck().all(datasetId) as number[];

describe("resuming an interrupted import", () => {
  it("keeps the lines stored before an upload broke off, and resumes after them exactly once", async () => {
    const { actor, dataset } = await setup("broken upload");
    const file = fileOf(20_000);
    // About 16,000 lines read when it breaks; the ones parsed and written by then are stored.
    const broken = importIntoDataset({ dataset, actor, fileName: "chats.jsonl", chunks: chunks(file, 5000, 1_200_000), batchSize: 500 });
    await expect(broken).rejects.toThrow(/socket hang up/);

    const [stopped] = await db().import.findMany({ where: { datasetId: dataset.id } });
    expect(stopped).toMatchObject({ status: "interrupted", leaseOwner: null });
    expect(stopped.lines).toBeGreaterThan(0);
    // What the row says is exactly what is stored: every line up to `lines`, nothing after.
    expect(storedLines(dataset.id)).toEqual(Array.from({ length: stopped.lines }, (_, i) => i + 1));
    expect(stopped.sha256).toBe(createHash("sha256").update(file.subarray(0, stopped.bytes)).digest("hex"));
    const audit = await db().auditEvent.findFirst({ where: { action: "import.interrupted", targetId: stopped.id } });
    expect(audit?.summary).toMatch(
      new RegExp(`chats\\.jsonl \\([^)]+ UTC\\) into broken upload was interrupted at line ${stopped.lines.toLocaleString("en")}`),
    );

    // The browser and the CLI recognise the file by the part already stored.
    const resumable = await listResumableImports(scopeOf(dataset.id));
    expect(await findInterruptedImport(new Blob([file]), resumable)).toMatchObject({ id: stopped.id });

    const summary = await importIntoDataset({ dataset, actor, fileName: "renamed.jsonl", chunks: chunks(file, 7777), resume: stopped.id });
    expect(summary).toMatchObject({ lines: 20_000, imported: 19_999, invalid: 1, resumed_after_line: stopped.lines, file: "chats.jsonl" });
    // The error of the stored part is in the whole file's report.
    expect(summary.errors.map((e) => e.line)).toEqual([7]);
    const all = storedLines(dataset.id);
    expect(all).toEqual(Array.from({ length: 20_000 }, (_, i) => i + 1));
    const done = await db().import.findUniqueOrThrow({ where: { id: stopped.id } });
    expect(done).toMatchObject({ status: "done", lines: 20_000, bytes: file.length, imported: 19_999, invalid: 1, indexedAt: null });
    expect(done.sha256).toBe(createHash("sha256").update(file).digest("hex"));
  });

  it("refuses another file, and the import stays interrupted, waiting for its own", async () => {
    const { actor, dataset } = await setup("other file");
    const file = fileOf(20_000);
    await importIntoDataset({ dataset, actor, fileName: "a.jsonl", chunks: chunks(file, 5000, 1_200_000), batchSize: 500 }).catch(() => {});
    const [stopped] = await db().import.findMany({ where: { datasetId: dataset.id } });
    const count = storedLines(dataset.id).length;

    const other = Buffer.from(file);
    other[20] = "Q".charCodeAt(0);
    const refused = await importIntoDataset({ dataset, actor, fileName: "b.jsonl", chunks: chunks(other), resume: stopped.id }).catch((e) => e);
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/b\.jsonl is not the file the interrupted import of a\.jsonl \([^)]+ UTC\) was reading: its first [\d,]+ bytes differ/);
    expect(storedLines(dataset.id)).toHaveLength(count);
    expect(await db().import.findUniqueOrThrow({ where: { id: stopped.id } })).toMatchObject({ status: "interrupted" });

    const short = await importIntoDataset({ dataset, actor, fileName: "a.jsonl", chunks: chunks(file.subarray(0, 100)), resume: stopped.id }).catch((e) => e);
    expect(short.message).toMatch(/shorter than/);
  });

  it("lets only one process resume an import, and refuses to resume a finished one", async () => {
    const { actor, dataset } = await setup("twice");
    const file = fileOf(20_000);
    await importIntoDataset({ dataset, actor, fileName: "a.jsonl", chunks: chunks(file, 5000, 1_200_000), batchSize: 500 }).catch(() => {});
    const [stopped] = await db().import.findMany({ where: { datasetId: dataset.id } });
    const results = await Promise.allSettled([
      importIntoDataset({ dataset, actor, fileName: "a.jsonl", chunks: chunks(file), resume: stopped.id }),
      importIntoDataset({ dataset, actor, fileName: "a.jsonl", chunks: chunks(file), resume: stopped.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason)).toMatch(/cannot be resumed: it is being imported/);
    expect(storedLines(dataset.id)).toEqual(Array.from({ length: 20_000 }, (_, i) => i + 1));
    const again = await importIntoDataset({ dataset, actor, fileName: "a.jsonl", chunks: chunks(file), resume: stopped.id }).catch((e) => e);
    expect(again.message).toMatch(/cannot be resumed: it is done/);
  });

  it("stops writing when another process has taken the import over", async () => {
    const { actor, dataset } = await setup("taken over");
    const file = fileOf(5_000);
    let batches = 0;
    const attempt = importIntoDataset({
      dataset,
      actor,
      fileName: "a.jsonl",
      chunks: chunks(file),
      batchSize: 1000,
      onProgress: () => {
        // After the first batch, the import is declared interrupted and claimed elsewhere.
        if (++batches === 1)
          sqlite().prepare(`UPDATE Import SET leaseOwner = 'elsewhere:1:x' WHERE datasetId = (SELECT id FROM Dataset WHERE name = 'taken over')`).run();
      },
    }).catch((e) => e);
    const e = await attempt;
    expect(e.status).toBe(409);
    expect(e.message).toMatch(/marked interrupted while it ran/);
    // The first batch is kept; the second was rolled back with its progress.
    expect(storedLines(dataset.id)).toHaveLength(1000);
  });
});
