import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { importText } from "../../test/import-helpers";
import { closeDb, db, sqlite } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { createDedupRun, executeDedupRun } from "../dedup/run-dedup";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { createSnapshot } from "./create-snapshot";
import { listSnapshots } from "../../db/snapshots/list-snapshots";
import { snapshotFile, verifySnapshotFile } from "./snapshot-file";
import { diffSnapshots } from "../../db/snapshots/diff-snapshots";
import { isAppError } from "../../errors";
import { BulkRequestSchema } from "../../validation/bulk";
import { DedupRequestSchema } from "../../validation/dedup";
import { patchConversation } from "../../test/patch-conversation";
import { turn } from "../../test/turns";
import { scopeOf, snapshotScope } from "../../test/test-scope";

afterAll(closeDb);

const SYSTEM = "You are the support assistant of Acme Parcel. Answer in two sentences, never promise refunds, and point to the help centre.";
const chat = (user: string, assistant: string) =>
  JSON.stringify({
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  });
const LONG = "Open Settings, choose Security, then Reset password. A link arrives by e-mail within five minutes; it works once and expires after an hour.";

/** 24 distinct records and two clusters of near-copies (3 each). */
function lines(): string[] {
  const out = Array.from({ length: 24 }, (_, i) =>
    chat(`Question ${i}: where is parcel number ${1000 + i * 7}?`, `Parcel ${1000 + i * 7} is on its way; it should arrive within ${i + 2} days.`),
  );
  for (const topic of ["password", "invoice"]) {
    out.push(chat(`How do I reset my ${topic}?`, `${topic}: ${LONG}`));
    out.push(chat(`How can I reset my ${topic} please?`, `${topic}: ${LONG}`));
    out.push(chat(`how do I reset my ${topic} ?`, `${topic}: ${LONG}`));
  }
  return out;
}

async function seeded(name: string) {
  const { dataset } = await importText(name, lines().join("\n"));
  await runBackgroundWorkUntilIdle();
  const actor = await commandLineActor();
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
  await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ selection: { ids }, action: { type: "set_status", status: "approved" } }), actor);
  await applyBulkAction(
    scopeOf(dataset.id),
    BulkRequestSchema.parse({ selection: { ids: ids.slice(0, 8) }, action: { type: "add_labels", labels: ["tracking"] } }),
    actor,
  );
  return { dataset, ids, actor };
}

const sha256sum = (path: string) => execFileSync("sha256sum", [path], { encoding: "utf8" }).split(" ")[0];
const fileLines = (path: string) => readFileSync(path, "utf8").split("\n").filter(Boolean);

describe("createSnapshot", () => {
  it("writes the files once, with a manifest whose hashes are the files' own, and a split that keeps clusters whole", async () => {
    const { dataset, ids, actor } = await seeded("snapshot split");
    const spec = await createDedupRun(scopeOf(dataset.id), DedupRequestSchema.parse({}), actor);
    await executeDedupRun(spec);
    const s = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ validation: "0.2", seed: "42" }));

    expect(s).toMatchObject({ number: 1, kind: "chat", records: 30, trainRecords: 24, validationRecords: 6, seed: 42, validationFraction: 0.2 });
    expect(s.directory).toMatch(new RegExp(`snapshots/${dataset.id}/1$`));
    for (const f of [s.files.train, s.files.validation!]) {
      expect(sha256sum(f.path)).toBe(f.sha256);
      expect(statSync(f.path).size).toBe(f.bytes);
      expect(statSync(f.path).mode & 0o222).toBe(0); // read-only
    }
    expect(fileLines(s.files.train.path)).toHaveLength(24);
    expect(fileLines(s.files.validation!.path)).toHaveLength(6);
    expect(readFileSync(s.manifestFile.path, "utf8")).toBe(s.manifestText);

    const m = s.manifest;
    expect(m.counts).toEqual({ byStatus: { approved: 30 }, byLabel: { tracking: 8 }, unlabelled: 22 });
    expect(m.split).toMatchObject({
      validationFraction: 0.2,
      seed: 42,
      train: 24,
      validation: 6,
      groupedBy: { kind: "clusters", dedupRunId: spec.runId, clusteredRecords: 6 },
    });
    expect(m.createdBy).toEqual({ id: actor.id, email: actor.email, name: actor.name });
    expect(m.app.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);

    // Each cluster sits on one side.
    const members = sqlite().prepare(`SELECT conversationId, split, line, lineHash, version FROM SnapshotRecord WHERE snapshotId = ?`).all(s.id) as {
      conversationId: number;
      split: string;
      line: number;
      lineHash: string;
      version: number;
    }[];
    expect(members).toHaveLength(30);
    const sideOf = new Map(members.map((r) => [r.conversationId, r.split]));
    for (const cluster of [ids.slice(24, 27), ids.slice(27, 30)]) expect(new Set(cluster.map((id) => sideOf.get(id))).size).toBe(1);
    // Every member's line and hash point at its line in its file.
    const files = { train: fileLines(s.files.train.path), validation: fileLines(s.files.validation!.path) };
    for (const r of members) {
      const line = files[r.split as "train" | "validation"][r.line - 1];
      expect(createHash("sha256").update(line).digest("hex")).toBe(r.lineHash);
    }
    // Lines are the export's: an unchanged record leaves byte for byte.
    expect(new Set([...files.train, ...files.validation])).toEqual(new Set(lines()));

    const audit = sqlite().prepare(`SELECT action, targetType, targetId, summary FROM AuditEvent WHERE action = 'snapshot.created' AND targetId = ?`).get(s.id);
    expect(audit).toMatchObject({ targetType: "snapshot", summary: "Created snapshot #1 of snapshot split: 30 records (24 training, 6 validation)." });

    // Same records and seed: the same split (asked with another system-prompt option, so a second snapshot is made).
    const again = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ validation: "0.2", seed: "42", systemPrompt: "drop" }));
    expect([again.number, again.reused]).toEqual([2, false]);
    const splitOf = (id: string) => sqlite().prepare(`SELECT conversationId, split FROM SnapshotRecord WHERE snapshotId = ? ORDER BY conversationId`).all(id);
    expect(splitOf(again.id)).toEqual(splitOf(s.id));
  });

  it("numbers snapshots made at the same time one after the other", async () => {
    const { dataset, actor } = await seeded("snapshot numbers");
    const requests = [{}, { systemPrompt: "drop" }, { validation: "0.2", seed: "3" }];
    const made = await Promise.all(requests.map((r) => createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse(r))));
    expect(made.map((s) => s.number).sort()).toEqual([1, 2, 3]);
    expect((await listSnapshots(scopeOf(dataset.id))).map((s) => s.number)).toEqual([3, 2, 1]);
    expect(made[0].files.validation).toBeUndefined();
    expect(made[0].manifest.split).toBeNull();
  });

  it("never makes an identical snapshot twice: the same records and options answer the snapshot holding them", async () => {
    const { dataset, ids, actor } = await seeded("snapshot reuse");
    const ask = (r: Record<string, string> = {}) => createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse(r));
    const audits = () => sqlite().prepare(`SELECT count(*) FROM AuditEvent WHERE action = 'snapshot.created' AND datasetId = ?`).pluck().get(dataset.id);
    const first = await ask();
    expect(first.reused).toBe(false);
    expect(sqlite().prepare(`SELECT contentHash FROM Snapshot WHERE id = ?`).pluck().get(first.id)).toMatch(/^[0-9a-f]{64}$/);
    const again = await ask();
    expect([again.id, again.reused]).toEqual([first.id, true]);
    // Asked twice at once, one is made.
    const twins = await Promise.all([ask({ systemPrompt: "drop" }), ask({ systemPrompt: "drop" })]);
    expect(twins[0].id).toBe(twins[1].id);
    expect(twins.map((t) => t.reused).sort()).toEqual([false, true]);
    expect(audits()).toBe(2);

    // A split without a seed takes the split one already made, whatever its seed; a seed of its own asks for a new one.
    const split = await ask({ validation: "0.2", seed: "9" });
    expect((await ask({ validation: "0.2" })).id).toBe(split.id);
    expect((await ask({ validation: "0.2", seed: "9" })).id).toBe(split.id);
    expect((await ask({ validation: "0.2", seed: "10" })).reused).toBe(false);

    // A label changes what is exported (the manifest counts it): a new snapshot.
    await patchConversation(ids[9], { version: 2, labels: ["late"] }, actor);
    const relabelled = await ask();
    expect([relabelled.reused, relabelled.number]).toEqual([false, 5]);

    // A snapshot whose file changed on disk is not handed out again, nor one made before hashes were kept.
    chmodSync(relabelled.files.train.path, 0o644);
    writeFileSync(relabelled.files.train.path, "{}\n");
    const repaired = await ask();
    expect([repaired.reused, repaired.number]).toEqual([false, 6]);
    sqlite().prepare(`UPDATE Snapshot SET contentHash = NULL WHERE id = ?`).run(repaired.id);
    expect((await ask()).number).toBe(7);
    expect(audits()).toBe(7);
  });

  it("drops the system prompt from every line and records what each request saves", async () => {
    const { dataset, actor } = await seeded("snapshot bake");
    const s = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ systemPrompt: "drop" }));
    for (const l of fileLines(s.files.train.path)) expect(JSON.parse(l).messages[0].role).toBe("user");
    expect(s.systemPrompt).toBe("drop");
    expect(s.manifest.systemPrompt).toMatchObject({ mode: "drop", changedRecords: 30, encoding: "o200k_base" });
    expect(s.manifest.systemPrompt.tokensSavedPerRequest).toBeGreaterThan(20);
    expect(s.manifest.systemPrompt.percentCut).toBeGreaterThan(30);
    expect(s.manifest.systemPrompt.percentCut).toBeLessThan(100);
  });

  it("refuses what the export refuses, unless errors are allowed", async () => {
    const { dataset, ids, actor } = await seeded("snapshot refused");
    await applyBulkAction(
      scopeOf(dataset.id),
      BulkRequestSchema.parse({ selection: { ids: ids.slice(3) }, action: { type: "set_status", status: "pending" } }),
      actor,
    );
    // Three approved records are fewer than a provider accepts.
    const refused = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({})).catch((e) => e);
    expect(isAppError(refused) && refused.code).toBe("unprocessable");
    expect(await listSnapshots(scopeOf(dataset.id))).toEqual([]);
    const allowed = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ allowErrors: "1" }));
    expect(allowed.records).toBe(3);
    expect(allowed.manifest.preflight.overriddenErrors[0]).toMatch(/at least 10/);
    const empty = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({ status: "rejected" })).catch((e) => e);
    expect(empty.message).toMatch(/nothing to snapshot/);
  });

  it("notices a file missing or changed on disk, and compares two snapshots record by record", async () => {
    const { dataset, ids, actor } = await seeded("snapshot diff");
    const first = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({}));
    await patchConversation(
      ids[0],
      {
        version: 3,
        messages: [turn("user", "Edited question?"), turn("assistant", "Edited answer.")],
      },
      actor,
    );
    await patchConversation(ids[1], { version: 3, labels: ["only-a-label"] }, actor);
    await applyBulkAction(
      scopeOf(dataset.id),
      BulkRequestSchema.parse({ selection: { ids: [ids[2]] }, action: { type: "set_status", status: "rejected" } }),
      actor,
    );
    const second = await createSnapshot(actor, scopeOf(dataset.id), SnapshotRequestSchema.parse({}));
    const d = diffSnapshots({ scope: snapshotScope(first.id), id: first.id }, { scope: snapshotScope(second.id), id: second.id });
    expect({ added: d.added, removed: d.removed, edited: d.edited, unchanged: d.unchanged }).toEqual({ added: 0, removed: 1, edited: 1, unchanged: 28 });
    expect(d.entries.map((e) => [e.conversationId, e.change, e.href])).toEqual([
      [ids[0], "edited", `/conversations/${ids[0]}`],
      [ids[2], "removed", `/conversations/${ids[2]}`],
    ]);
    expect(d.entries[0].preview).toContain("Edited question?");

    await expect(verifySnapshotFile(second, "train")).resolves.toMatchObject({ sha256: second.files.train.sha256 });
    chmodSync(second.files.train.path, 0o644);
    writeFileSync(second.files.train.path, readFileSync(second.files.train.path, "utf8") + "{}\n");
    expect(() => snapshotFile(second, "train")).toThrow(/has changed since it was written/);
    writeFileSync(second.files.train.path, readFileSync(second.files.train.path, "utf8").replace("Edited", "edited"));
    expect(() => snapshotFile(second, "train")).toThrow(/has changed/);
    execFileSync("rm", [first.files.train.path]);
    expect(() => snapshotFile(first, "train")).toThrow(/is missing/);
    expect(() => snapshotFile(first, "validation")).toThrow(/no validation file/);
  });
});
