import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db, sqlite } from "../client";
import { commandLineActor } from "../actor";
import { getConversation } from "../conversations/get-conversation";
import { listRevisions } from "../conversations/revisions";
import { updateConversation } from "../conversations/update-conversation";
import { applyBulkAction } from "./apply-bulk-action";
import { undoBulkOperation } from "./undo-bulk-operation";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { countTrash, listTrash, purgeExpiredTrash } from "./trash";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { BulkRequestSchema } from "../../validation/bulk";
import { scopeOf, conversationScope } from "../../test/test-scope";

afterAll(closeDb);

const line = (q: string, system?: string) =>
  JSON.stringify({
    messages: [...(system ? [{ role: "system", content: system }] : []), { role: "user", content: q }, { role: "assistant", content: `About ${q}` }],
  });

async function seed(name: string, lines: string[]) {
  const { dataset } = await importText(name, lines.join("\n"));
  await runBackgroundWorkUntilIdle(); // the search index, for filters with q
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
  return { datasetId: dataset.id, ids };
}

describe("applyBulkAction", () => {
  it("adds labels only where missing, one revision per touched record, and undo takes them off again", async () => {
    const { datasetId, ids } = await seed("bulk labels", [line("a"), line("b"), line("c")]);
    const actor = await commandLineActor();
    await updateConversation(conversationScope(ids[0]), ids[0], ConversationPatchSchema.parse({ version: 1, labels: ["vip"] }), actor);

    const out = await applyBulkAction(
      scopeOf(datasetId),
      BulkRequestSchema.parse({ selection: { filter: {} }, action: { type: "add_labels", labels: ["vip"] } }),
      actor,
    );
    if (!("operation" in out)) throw new Error("expected an operation");
    expect(out.operation).toMatchObject({ count: 2, summary: "Added label vip to 2 conversations.", actor: { email: actor.email } });
    const [, second] = await Promise.all(ids.map((id) => getConversation(conversationScope(id), id)));
    expect(second).toMatchObject({ version: 2, labels: ["vip"] });
    expect((await listRevisions(conversationScope(ids[1]), ids[1])).map((r) => r.summary)).toEqual(["bulk: labels: +vip", "imported from test.jsonl, line 2"]);
    expect((await getConversation(conversationScope(ids[0]), ids[0])).version).toBe(2);

    // A record edited after the change is left alone by the undo.
    await updateConversation(conversationScope(ids[2]), ids[2], ConversationPatchSchema.parse({ version: 2, status: "approved" }), actor);
    const undo = await undoBulkOperation(scopeOf(datasetId), out.operation.id, actor);
    expect(undo).toMatchObject({ undone: 1, skipped: 1 });
    expect(undo.message).toMatch(/1 conversation was changed after this action and was left as it is/);
    expect(await getConversation(conversationScope(ids[1]), ids[1])).toMatchObject({ version: 3, labels: [] });
    expect(await getConversation(conversationScope(ids[2]), ids[2])).toMatchObject({ labels: ["vip"], status: "approved" });
    expect((await getConversation(conversationScope(ids[0]), ids[0])).labels).toEqual(["vip"]);
    await expect(undoBulkOperation(scopeOf(datasetId), out.operation.id, actor)).rejects.toThrow(/already been undone/);
  });

  it("previews and applies a find-and-replace through the format rules, and undo puts the text back", async () => {
    const { datasetId, ids } = await seed("bulk replace", [line("refund please"), line("no match"), "{broken"]);
    const actor = await commandLineActor();
    const request = { selection: { ids }, action: { type: "find_replace", find: "about", replace: "Regarding" } };
    const preview = await applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse({ ...request, preview: true }), actor);
    expect(preview).toMatchObject({ preview: { records: 2, occurrences: 2, skipped: 1, selected: 3 } });
    if (!("preview" in preview)) throw new Error("expected a preview");
    expect(preview.preview.samples[0]).toMatchObject({ id: ids[0], found: "About", replaced: "Regarding", after: " refund please" });
    expect((await getConversation(conversationScope(ids[0]), ids[0])).version).toBe(1);

    const out = await applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse(request), actor);
    if (!("operation" in out)) throw new Error("expected an operation");
    const edited = await getConversation(conversationScope(ids[0]), ids[0]);
    expect(edited).toMatchObject({ version: 2, messages: [{ content: "refund please" }, { content: "Regarding refund please" }] });
    const hits = sqlite().prepare(`SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH '"regarding"'`).pluck().all();
    expect(hits).toEqual([ids[0], ids[1]]);

    await undoBulkOperation(scopeOf(datasetId), out.operation.id, actor);
    expect((await getConversation(conversationScope(ids[0]), ids[0])).messages).toEqual(JSON.parse(line("refund please")).messages);
    // Search follows the undo too, and the row trigger is back in charge for single edits.
    const match = (term: string) => sqlite().prepare(`SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH ?`).pluck().all(`"${term}"`);
    expect(match("regarding")).toEqual([]);
    expect(match("about").filter((id) => ids.includes(id as number))).toEqual([ids[0], ids[1]]);
    expect(sqlite().prepare(`SELECT count(*) FROM SearchIndexDeferral`).pluck().get()).toBe(0);
    const single = await getConversation(conversationScope(ids[1]), ids[1]);
    await updateConversation(
      conversationScope(ids[1]),
      ids[1],
      ConversationPatchSchema.parse({
        version: single.version,
        messages: [
          { role: "user", content: "zebra" },
          { role: "assistant", content: "ok" },
        ],
      }),
      actor,
    );
    expect(match("zebra")).toEqual([ids[1]]);
    expect((await listRevisions(conversationScope(ids[0]), ids[0]))[0]).toMatchObject({ version: 3, summary: expect.stringMatching(/^undid the bulk change/) });
    await expect(
      applyBulkAction(
        scopeOf(datasetId),
        BulkRequestSchema.parse({ selection: { ids }, action: { type: "find_replace", find: "(", replace: "", regex: true } }),
        actor,
      ),
    ).rejects.toThrow(/not a valid regular expression/);
  });

  it("replaces the system prompt only in the filtered records", async () => {
    const { datasetId, ids } = await seed("bulk prompt", [line("alpha", "Old"), line("beta", "Old"), line("alpha two")]);
    const actor = await commandLineActor();
    const out = await applyBulkAction(
      scopeOf(datasetId),
      BulkRequestSchema.parse({ selection: { filter: { q: "alpha" } }, action: { type: "replace_system_prompt", text: "New" } }),
      actor,
    );
    expect("operation" in out && out.operation.count).toBe(2);
    expect(((await getConversation(conversationScope(ids[0]), ids[0])).messages as unknown[])[0]).toEqual({ role: "system", content: "New" });
    expect(((await getConversation(conversationScope(ids[1]), ids[1])).messages as unknown[])[0]).toEqual({ role: "system", content: "Old" });
    expect(((await getConversation(conversationScope(ids[2]), ids[2])).messages as unknown[])[0]).toEqual({ role: "system", content: "New" });
  });

  it("moves records to the trash, restores them, and purges them after 30 days", async () => {
    const { datasetId, ids } = await seed("bulk trash", [line("one"), line("two")]);
    const actor = await commandLineActor();
    const out = await applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse({ selection: { ids: [ids[0]] }, action: { type: "delete" } }), actor);
    expect("operation" in out && out.operation.summary).toBe("Moved 1 conversation to the trash.");
    await expect(getConversation(conversationScope(ids[0]), ids[0])).rejects.toThrow(/not found/);
    expect(listTrash(scopeOf(datasetId)).map((r) => r.id)).toEqual([ids[0]]);
    await applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse({ selection: { ids: [ids[0]] }, action: { type: "restore" } }), actor);
    expect((await getConversation(conversationScope(ids[0]), ids[0])).version).toBe(3);
    expect(countTrash(scopeOf(datasetId))).toBe(0);

    await applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse({ selection: { ids: [ids[1]] }, action: { type: "delete" } }), actor);
    expect(purgeExpiredTrash()).toBe(0);
    expect(purgeExpiredTrash(new Date(Date.now() + 31 * 24 * 3600 * 1000))).toBe(1);
    expect(await db().conversation.count({ where: { id: ids[1] } })).toBe(0);
  });
});
