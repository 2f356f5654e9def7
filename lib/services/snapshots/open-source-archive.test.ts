import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { importFile, PUBLIC_DATA } from "../../test/import-helpers";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { createSnapshot } from "./create-snapshot";
import { openSourceArchive } from "./open-source-archive";
import { BulkRequestSchema } from "../../validation/bulk";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

async function snapshotOf(file: string, request: object) {
  const { dataset } = await importFile(`open source ${file}`, resolve(PUBLIC_DATA, file));
  await runBackgroundWorkUntilIdle();
  const actor = await commandLineActor();
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id, kind: { not: "invalid" } }, select: { id: true } })).map((c) => c.id);
  await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ selection: { ids }, action: { type: "set_status", status: "approved" } }), actor);
  return createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse(request));
}

/** Downloads the archive as the route sends it and unpacks it with the system's tar. */
async function unpack(archive: Awaited<ReturnType<typeof openSourceArchive>>) {
  const dir = mkdtempSync(join(tmpdir(), "tuneset-open-source-"));
  const file = join(dir, archive.fileName);
  writeFileSync(file, Buffer.from(await new Response(archive.stream).arrayBuffer()));
  execFileSync("tar", ["-xzf", file, "-C", dir]);
  const folder = readdirSync(dir).find((f) => !f.endsWith(".tar.gz"))!;
  const read = (name: string) => readFileSync(join(dir, folder, name), "utf8");
  return {
    folder,
    files: readdirSync(join(dir, folder)).sort(),
    read,
    lines: (name: string) =>
      read(name)
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

describe("the open-source download", () => {
  it("packs the tool-call snapshot's files as chat JSONL with a README, in a .tar.gz any tar opens", async () => {
    const s = await snapshotOf("stock-toolcall-train.jsonl", { validation: "0.1", seed: "3" });
    const archive = await openSourceArchive(s);
    expect(archive.fileName).toMatch(/\.snapshot-1\.open-source\.tar\.gz$/);
    const out = await unpack(archive);
    expect(out.folder).toMatch(/^open-source-stock-toolcall-train-jsonl-snapshot-1$/);
    expect(out.files).toEqual(["README.md", "train.jsonl", "validation.jsonl"]);
    const train = out.lines("train.jsonl");
    const validation = out.lines("validation.jsonl");
    expect([train.length, validation.length]).toEqual([s.trainRecords, s.validationRecords]);
    expect(train.length + validation.length).toBe(86);
    const call = train.flatMap((l) => l.messages).find((m: { tool_calls?: unknown }) => m.tool_calls);
    expect(call.tool_calls[0]).toMatchObject({ type: "function", function: { name: expect.any(String), arguments: expect.any(Object) } });
    expect(train[0].tools.length).toBeGreaterThan(0);
    const readme = out.read("README.md");
    expect(readme).toContain(`| train.jsonl | ${s.trainRecords} |`);
    expect(readme).toContain("type: chat_template");
    expect(readme).toContain(s.files.train.sha256);
  });

  it("writes preference snapshots as TRL's prompt / chosen / rejected", async () => {
    const s = await snapshotOf("orca-dpo-pairs.jsonl", {});
    expect(s.kind).toBe("preference");
    const out = await unpack(await openSourceArchive(s));
    expect(out.files).toEqual(["README.md", "train.jsonl"]);
    const lines = out.lines("train.jsonl");
    expect(lines).toHaveLength(s.records);
    expect(Object.keys(lines[0])).toEqual(["prompt", "chosen", "rejected"]);
    expect(out.read("README.md")).toContain("DPOTrainer");
  });
});
