import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { scopeOf } from "../../test/test-scope";
import { closeDb, db } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import type { Actor } from "../../auth/actor";
import type { DatasetScope } from "../../db/scope";
import { getConversation, getStoredConversation } from "../../db/conversations/get-conversation";
import { updateConversation } from "../../db/conversations/update-conversation";
import { getRevision, listRevisions } from "../../db/conversations/revisions";
import { readTextChunk } from "../../db/conversations/long-text";
import { recordChecks } from "../../db/preflight/record-checks";
import { getModerationVerdict } from "../../db/moderation/get-moderation-verdict";
import { conversationDuplicates, getCluster } from "../../db/dedup/get-cluster";
import { clusterCounts, listClusters } from "../../db/dedup/list-clusters";
import { getSnapshot, previousSnapshot } from "../../db/snapshots/get-snapshot";
import { diffSnapshots } from "../../db/snapshots/diff-snapshots";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { getBulkOperation } from "../../db/bulk/list-bulk-operations";
import { undoBulkOperation } from "../../db/bulk/undo-bulk-operation";
import { createSnapshot } from "../snapshots/create-snapshot";
import { createDedupRun, executeDedupRun } from "../dedup/run-dedup";
import { BulkRequestSchema } from "../../validation/bulk";
import { DedupRequestSchema } from "../../validation/dedup";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { ConversationPatchSchema } from "../../validation/conversation-patch";

// The data layer keeps datasets apart by itself: whatever id a caller passes, a record
// of dataset B read or written through dataset A's scope is simply not found, as if the
// caller had forgotten to check (lib/db/scope.ts).

afterAll(closeDb);

const line = (text: string) =>
  JSON.stringify({
    messages: [
      { role: "user", content: text },
      { role: "assistant", content: "ok" },
    ],
  });
const notFound = { code: "not_found" };

let actor: Actor;
let a: DatasetScope;
let b: DatasetScope;
let conversation: number;
let snapshot: { id: string; number: number };
let runId: string;
let clusterId: number;
let operationId: string;

beforeAll(async () => {
  actor = await commandLineActor();
  a = scopeOf((await importText("scope a", line("a's own"))).dataset);
  const imported = await importText("scope b", [line("same"), line("same"), line("another")].join("\n"));
  b = scopeOf(imported.dataset);
  const first = await db().conversation.findFirstOrThrow({ where: { datasetId: b.datasetId }, orderBy: { id: "asc" } });
  conversation = first.id;
  snapshot = await createSnapshot(actor, b, SnapshotRequestSchema.parse({ status: "all", allowErrors: "1" }));
  const spec = await createDedupRun(b, DedupRequestSchema.parse({}), actor);
  await executeDedupRun(spec);
  runId = spec.runId;
  clusterId = listClusters(b, runId)[0].id;
  const bulk = await applyBulkAction(
    b,
    BulkRequestSchema.parse({ selection: { ids: [conversation] }, action: { type: "add_labels", labels: ["kept"] } }),
    actor,
  );
  if (!("operation" in bulk)) throw new Error("the bulk change was only previewed");
  operationId = bulk.operation.id;
});

describe("a dataset's scope", () => {
  it("reads its own dataset's records", async () => {
    expect(await getConversation(b, conversation)).toMatchObject({ id: String(conversation) });
    expect((await getSnapshot(b, snapshot.id)).id).toBe(snapshot.id);
    expect(getCluster(b, clusterId).members).toHaveLength(2);
    expect((await getBulkOperation(b, operationId)).id).toBe(operationId);
  });

  it("finds no conversation of another dataset, and changes nothing in it", async () => {
    await expect(getConversation(a, conversation)).rejects.toMatchObject(notFound);
    await expect(getStoredConversation(a, conversation)).rejects.toMatchObject(notFound);
    const before = await getStoredConversation(b, conversation);
    await expect(
      updateConversation(a, conversation, ConversationPatchSchema.parse({ version: before.version, status: "rejected" }), actor),
    ).rejects.toMatchObject(notFound);
    expect((await getStoredConversation(b, conversation)).status).toBe(before.status);
    expect(await listRevisions(a, conversation)).toEqual([]);
    await expect(getRevision(a, conversation, 1)).rejects.toMatchObject(notFound);
    expect(() => readTextChunk(a, conversation, before.version, ["messages", 0, "content"], 0)).toThrow(expect.objectContaining(notFound));
    expect(recordChecks(a, conversation)).toBeNull();
    expect(getModerationVerdict(a, conversation)).toBeNull();
    expect(conversationDuplicates(a, conversation)).toBeNull();
    expect(conversationDuplicates(b, conversation)).not.toBeNull();
  });

  it("finds no snapshot, run, cluster or bulk change of another dataset", async () => {
    await expect(getSnapshot(a, snapshot.id)).rejects.toMatchObject(notFound);
    expect(await previousSnapshot(a, snapshot.number + 1)).toBeNull();
    expect(() => diffSnapshots({ scope: a, id: snapshot.id }, { scope: b, id: snapshot.id })).toThrow(expect.objectContaining(notFound));
    expect(listClusters(a, runId)).toEqual([]);
    expect(clusterCounts(a, runId).exact.unresolved.clusters).toBe(0);
    expect(() => getCluster(a, clusterId)).toThrow(expect.objectContaining(notFound));
    await expect(getBulkOperation(a, operationId)).rejects.toMatchObject(notFound);
    await expect(undoBulkOperation(a, operationId, actor)).rejects.toMatchObject(notFound);
    expect((await getBulkOperation(b, operationId)).undoneAt).toBeNull();
  });
});
