import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db, sqlite } from "../../db/client";
import { forgetIndex, loadIndex } from "../../db/dedup/dedup-index";
import { commandLineActor } from "../../db/actor";
import { getConversation } from "../../db/conversations/get-conversation";
import { updateConversation } from "../../db/conversations/update-conversation";
import { listRevisions } from "../../db/conversations/revisions";
import { undoBulkOperation } from "../../db/bulk/undo-bulk-operation";
import { createDedupRun, executeDedupRun } from "./run-dedup";
import { clusterReport, latestRun, listClusters, unresolvedClusterCount } from "../../db/dedup/list-clusters";
import { getCluster } from "../../db/dedup/get-cluster";
import { resolveClusters } from "../../db/dedup/resolve-clusters";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { DedupRequestSchema } from "../../validation/dedup";
import { scopeOf, conversationScope, runScope } from "../../test/test-scope";

afterAll(closeDb);

const chat = (user: string, assistant: string, system?: string) =>
  JSON.stringify({
    messages: [...(system ? [{ role: "system", content: system }] : []), { role: "user", content: user }, { role: "assistant", content: assistant }],
  });

const ANSWER = "Open Settings, choose Security, then Reset password. A link arrives by e-mail within five minutes; it works once and expires after an hour.";

async function run(datasetId: string, input: object = {}) {
  const spec = await createDedupRun(scopeOf(datasetId), DedupRequestSchema.parse(input), await commandLineActor());
  await executeDedupRun(spec);
  return (await latestRun(scopeOf(datasetId), "against" in input))!;
}

describe("a de-duplication run", () => {
  it("groups exact copies and near-duplicates, resolves a cluster and undoes it", async () => {
    const lines = [
      chat("How do I reset my password?", ANSWER),
      chat("how do I   reset my password ?", ANSWER.toUpperCase()), // same after normalisation
      chat("How can I reset my password please?", ANSWER), // near
      chat("What is the capital of France?", "Paris is the capital of France."),
      chat("Tell me a joke about cats.", "Why did the cat sit on the computer? To keep an eye on the mouse."),
    ];
    const { dataset } = await importText("dedup run", lines.join("\n"));
    const r = await run(dataset.id);
    expect(r).toMatchObject({ status: "done", clusterCount: 1, total: 5, processed: 5 });
    const [cluster] = listClusters(runScope(r.id), r.id);
    expect(cluster).toMatchObject({ kind: "near", size: 3, resolved: false });
    expect(cluster.similarity).toBeGreaterThanOrEqual(0.8);
    expect(cluster.similarity).toBeLessThan(1);
    const report = clusterReport(runScope(r.id), r.id);
    expect(report[0].members.map((m) => m.source_line)).toEqual([1, 2, 3]);

    const detail = getCluster(scopeOf(dataset.id), cluster.id);
    const ids = detail.members.map((m) => m.id).sort((a, b) => a - b);
    // No member approved and none with findings: the copy with double spaces is out, and of the two tidy ones the longer is suggested.
    expect(detail.suggestion).toEqual({ id: ids[2], reason: "length" });
    expect(detail.suggestedKeeperId).toBe(ids[2]);

    // The dataset pages' Duplicates link reads a count stored with the run, cleared by any change to a member.
    const stored = () => sqlite().prepare(`SELECT unresolvedClusters FROM DedupRun WHERE id = ?`).pluck().get(r.id);
    expect([stored(), unresolvedClusterCount(scopeOf(dataset.id))]).toEqual([1, 1]);
    const actor = await commandLineActor();
    await updateConversation(conversationScope(ids[1]), ids[1], ConversationPatchSchema.parse({ version: 1, labels: ["billing"] }), actor);
    expect(stored()).toBe(1); // a label is not what resolves a cluster
    const { operation, marked } = await resolveClusters(scopeOf(dataset.id), [{ clusterId: cluster.id, keeperId: ids[0] }], true, actor);
    expect([marked, operation.count]).toEqual([2, 3]);
    expect(operation.summary).toBe("Resolved a duplicate cluster: marked 2 records as duplicate, labels merged onto the keepers.");
    expect(await getConversation(conversationScope(ids[1]), ids[1])).toMatchObject({ status: "duplicate", keeper_id: String(ids[0]) });
    expect(await getConversation(conversationScope(ids[0]), ids[0])).toMatchObject({ status: "pending", labels: ["billing"] });
    expect(listClusters(runScope(r.id), r.id)[0].resolved).toBe(true);
    expect(stored()).toBeNull();
    expect([unresolvedClusterCount(scopeOf(dataset.id)), stored()]).toEqual([0, 0]);
    expect((await listRevisions(conversationScope(ids[2]), ids[2]))[0].summary).toBe(`duplicate of #${ids[0]} (cluster ${cluster.id})`);
    await expect(resolveClusters(scopeOf(dataset.id), [{ clusterId: cluster.id, keeperId: ids[0] }], true, actor)).rejects.toThrow(/already resolved/);

    const undone = await undoBulkOperation(scopeOf(dataset.id), operation.id, actor);
    expect(undone.undone).toBe(3);
    expect(await getConversation(conversationScope(ids[1]), ids[1])).toMatchObject({ status: "pending", keeper_id: null, labels: ["billing"] });
    expect(await getConversation(conversationScope(ids[0]), ids[0])).toMatchObject({ labels: [] });
    expect(listClusters(runScope(r.id), r.id)[0].resolved).toBe(false);
    expect([stored(), unresolvedClusterCount(scopeOf(dataset.id))]).toEqual([null, 1]);
  });

  it("compares two datasets for leakage and reports only clusters spanning both", async () => {
    const train = await importText(
      "leak train",
      [
        chat("What is two plus two?", "Two plus two is four, because adding two to two gives four."),
        chat("Name a primary colour.", "Red is a primary colour."),
      ].join("\n"),
    );
    const valid = await importText(
      "leak valid",
      [
        chat("What is two plus two ?", "Two plus two is four, because adding two to two gives four."),
        chat("Who wrote Hamlet?", "William Shakespeare wrote Hamlet."),
      ].join("\n"),
    );
    const r = await run(train.dataset.id, { against: valid.dataset.id });
    expect(r).toMatchObject({ status: "done", clusterCount: 1, againstDataset: { name: "leak valid" } });
    const [cluster] = clusterReport(runScope(r.id), r.id);
    expect(cluster.members.map((m) => m.dataset_id).sort()).toEqual([train.dataset.id, valid.dataset.id].sort());
  });

  it("refuses a bad threshold and a second run at once, and records a run's failure", async () => {
    const { dataset } = await importText("dedup refusals", chat("a b c", "d e f"));
    // Refused at the edge now: the schema every caller parses with.
    expect(() => DedupRequestSchema.parse({ threshold: 1.5 })).toThrow(/at most 1/);
    const spec = await createDedupRun(scopeOf(dataset.id), DedupRequestSchema.parse({}), await commandLineActor());
    await expect(createDedupRun(scopeOf(dataset.id), DedupRequestSchema.parse({}), await commandLineActor())).rejects.toThrow(/already running/);
    await executeDedupRun(spec);
    expect((await db().dedupRun.findUnique({ where: { id: spec.runId } }))?.status).toBe("done");
  });
});

describe("the index a run leaves", () => {
  it("is kept in memory exactly as it reads back from the database", async () => {
    const lines = Array.from({ length: 30 }, (_, n) =>
      chat(`Question ${n % 12}: how do I export report ${n % 12}?`, `Open Reports, pick report ${n % 12}, then Export.`),
    );
    const { dataset } = await importText("dedup index", lines.join("\n"));
    const r = await run(dataset.id);
    // With the stored segments out of sight, only the run's own copy can answer.
    sqlite().exec("SAVEPOINT hide");
    sqlite().prepare("DELETE FROM DedupIndexSegment WHERE runId = ?").run(r.id);
    const kept = loadIndex(sqlite(), r.id);
    sqlite().exec("ROLLBACK TO hide; RELEASE hide");
    expect(kept.bands.size).toBeGreaterThan(1);
    forgetIndex(r.id);
    const read = loadIndex(sqlite(), r.id);
    expect(read).not.toBe(kept);
    const plain = (index: typeof read) => ({
      bands: [...index.bands].map(([band, segments]) => [band, segments.map((s) => [Array.from(s.keys), Array.from(s.ids)])]),
      sketches: index.sketches.map((s) => [Array.from(s.ids), Array.from(s.data)]),
    });
    expect(plain(read)).toEqual(plain(kept));
    expect(read.bands.size).toBeGreaterThan(1);
    expect(read.sketches[0].ids).toHaveLength(30);
  });
});
