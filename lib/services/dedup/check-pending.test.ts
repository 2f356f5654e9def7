import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, sqlite } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import { updateConversation } from "../../db/conversations/update-conversation";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { createDedupRun, executeDedupRun } from "./run-dedup";
import { clusterReport, latestRun } from "../../db/dedup/list-clusters";
import { createSignerPool, inlinePool } from "./signer-pool";
import { databaseFile } from "../../env";
import { DEFAULT_THRESHOLD } from "../../validation/dedup";
import { lshParams } from "../../dedup/lsh";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { DedupRequestSchema } from "../../validation/dedup";
import { scopeOf, conversationScope, runScope } from "../../test/test-scope";
import { chatLine } from "../../test/turns";

afterAll(closeDb);

const chat = chatLine;
const topic = (n: number) =>
  chat(
    `Question ${n}: what does error ${n * 17} mean in the billing export?`,
    `Error ${n * 17} means the export for account ${n} was interrupted; run it again from the Billing page, then download the file once more.`,
  );

const members = (runId: string) => clusterReport(runScope(runId), runId).map((c) => ({ kind: c.kind, lines: c.members.map((m) => m.source_line) }));

describe("the incremental check", () => {
  it("joins records imported or edited after a run to its clusters, without a new run", async () => {
    const { dataset } = await importText("incremental", [1, 2, 3, 4].map(topic).join("\n"), "first.jsonl");
    const spec = await createDedupRun(scopeOf(dataset.id), DedupRequestSchema.parse({}), await commandLineActor());
    await executeDedupRun(spec);
    expect(clusterReport(runScope(spec.runId), spec.runId)).toEqual([]);

    // A later file: an exact copy of line 1 (spacing aside) and a near copy of line 2.
    const copy = topic(1).replace("what does", "what  does");
    const near = topic(2).replace("then download the file once more", "then download the file again");
    await importText("incremental", [copy, near, topic(9)].join("\n"), "second.jsonl");
    await runBackgroundWorkUntilIdle();
    expect(members(spec.runId)).toEqual([
      { kind: "exact", lines: [1, 1] },
      { kind: "near", lines: [2, 2] },
    ]);
    expect(sqlite().prepare(`SELECT count(*) FROM DedupPending`).pluck().get()).toBe(0);

    // An edit that makes line 3 a copy of line 4's question and answer joins it to line 4.
    const [third, fourth] = sqlite()
      .prepare(`SELECT id, body FROM Conversation WHERE datasetId = ? AND sourceLine IN (3, 4) AND sourceFile = 'first.jsonl' ORDER BY sourceLine`)
      .all(dataset.id) as { id: number; body: string }[];
    await updateConversation(conversationScope(third.id), third.id, ConversationPatchSchema.parse({ version: 1, raw: fourth.body }), await commandLineActor());
    await runBackgroundWorkUntilIdle();
    expect(members(spec.runId)).toContainEqual({ kind: "exact", lines: [3, 4] });
    expect((await latestRun(scopeOf(dataset.id)))?.clusterCount).toBe(3);
  });

  it("signs the same in a worker thread as inline", async () => {
    const { dataset } = await importText("worker signing", [1, 2, 3].map(topic).join("\n"));
    const ids = sqlite().prepare(`SELECT id FROM Conversation WHERE datasetId = ? ORDER BY id`).pluck().all(dataset.id) as number[];
    const task = { file: databaseFile(), datasetId: dataset.id, from: ids[0], to: ids[2], scope: "conversation" as const, lsh: lshParams(DEFAULT_THRESHOLD) };
    const threaded = await createSignerPool(1);
    const inline = inlinePool();
    try {
      const [a, b] = await Promise.all([threaded.sign(task), inline.sign(task)]);
      expect(a).toEqual(b);
      expect(Array.from(a.ids)).toEqual(ids);
      const [sa, sb] = await Promise.all([
        threaded.shingles({ file: task.file, ids, scope: "user" }),
        inline.shingles({ file: task.file, ids, scope: "user" }),
      ]);
      expect(sa).toEqual(sb);
      expect(sa.data.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([threaded.close(), inline.close()]);
    }
  });
});
