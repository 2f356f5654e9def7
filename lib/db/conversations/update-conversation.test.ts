import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { getConversation } from "./get-conversation";
import { listRevisions } from "./revisions";
import { AppError } from "../../errors";
import type { ZodError } from "zod";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { patchConversation } from "../../test/patch-conversation";
import { turn } from "../../test/turns";
import { conversationScope } from "../../test/test-scope";

afterAll(closeDb);

const GOOD = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}';

async function firstId(datasetId: string, kind?: string) {
  const c = await db().conversation.findFirstOrThrow({ where: { datasetId, ...(kind ? { kind } : {}) }, orderBy: { id: "asc" } });
  return c.id;
}

describe("updateConversation", () => {
  it("approves with the current version, records who did it, and refuses a stale version with the current record", async () => {
    const { dataset } = await importText("patch", GOOD);
    const id = await firstId(dataset.id);
    const actor = await commandLineActor();
    const after = await patchConversation(id, { version: 1, status: "approved" }, actor);
    expect(after).toMatchObject({ version: 2, status: "approved", messages: JSON.parse(GOOD).messages });

    const stale = await patchConversation(id, { version: 1, status: "rejected" }, actor).catch((e) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect(stale.status).toBe(409);
    expect(stale.details.current).toMatchObject({ version: 2, status: "approved" });
    expect((await getConversation(conversationScope(id), id)).status).toBe("approved");

    const revisions = await listRevisions(conversationScope(id), id);
    expect(revisions.map((r) => [r.version, r.summary])).toEqual([
      [2, "status: Pending → Approved"],
      [1, "imported from test.jsonl, line 1"],
    ]);
  });

  it("fixes an invalid line in place; a still-broken fix is kept with its new errors", async () => {
    const { dataset } = await importText("fix", `${GOOD}\n{"messages": [}`);
    const id = await firstId(dataset.id, "invalid");
    const actor = await commandLineActor();
    await expect(patchConversation(id, { version: 1, status: "approved" }, actor)).rejects.toThrow(/fix its errors/);

    const stillBad = await patchConversation(id, { version: 1, raw: '{"messages": []}' }, actor);
    expect(stillBad.kind).toBe("invalid");
    expect(stillBad.raw).toBe('{"messages": []}');
    expect(stillBad.errors?.length).toBeGreaterThan(0);

    const fixed = await patchConversation(id, { version: 2, raw: GOOD.replace("hello", "hello there") }, actor);
    expect(fixed).toMatchObject({ kind: "chat", version: 3, source_line: 2 });
    expect(fixed.errors).toBeUndefined();
  });

  it("rejects a patch without a version or without a change", () => {
    // Refused at the edge: the schema every caller parses with before updateConversation.
    expect(() => ConversationPatchSchema.parse({ status: "approved" })).toThrow(/version is required/);
    expect(() => ConversationPatchSchema.parse({ version: 1 })).toThrow(/Nothing to change/);
  });
});

describe("updateConversation with record fields and labels", () => {
  it("replaces messages, keeps unknown keys, and a broken edit is saved but cannot be approved", async () => {
    const { dataset } = await importText(
      "edit fields",
      '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}],"metadata":{"k":1}}',
    );
    const id = await firstId(dataset.id);
    const actor = await commandLineActor();
    const messages = [
      { role: "user", content: "hi" },
      { role: "assistant", content: "hello there" },
    ];
    const edited = await patchConversation(id, { version: 1, messages }, actor);
    expect(edited).toMatchObject({ kind: "chat", version: 2, messages, extra: { metadata: { k: 1 } } });

    const broken = await patchConversation(id, { version: 2, messages: [{ role: "user", content: "only a question" }] }, actor);
    expect(broken.kind).toBe("invalid");
    expect(broken.errors?.length).toBeGreaterThan(0);
    await expect(patchConversation(id, { version: 3, status: "approved" }, actor)).rejects.toThrow(/fix its errors/);
    const revisions = await listRevisions(conversationScope(id), id);
    expect(revisions[0].summary).toBe("edited messages");
  });

  it("logs a text edit from the turn editor (which sends tools: null) as messages only, dated after the import's own revision", async () => {
    const { dataset } = await importText("editor edit", GOOD);
    const id = await firstId(dataset.id);
    const created = (await db().conversation.findUniqueOrThrow({ where: { id } })).createdAt;
    const messages = [
      { role: "user", content: "hi" },
      { role: "assistant", content: "hello again" },
    ];
    await patchConversation(id, { version: 1, messages, tools: null }, await commandLineActor());
    const [edit, imported] = await listRevisions(conversationScope(id), id);
    expect(edit.summary).toBe("edited messages");
    expect(imported.createdAt.toISOString()).toBe(created.toISOString());
    // Sending the same turns again changes nothing: no new version, no "edited" entry.
    const same = await patchConversation(id, { version: 2, messages, tools: null }, await commandLineActor());
    expect(same.version).toBe(2);
    expect(await listRevisions(conversationScope(id), id)).toHaveLength(2);
  });

  it("sets labels, creating them on the fly with a colour, and records the change", async () => {
    const { dataset } = await importText("labels", GOOD);
    const id = await firstId(dataset.id);
    const actor = await commandLineActor();
    const one = await patchConversation(id, { version: 1, labels: ["refund", "billing"] }, actor);
    expect(one.labels.sort()).toEqual(["billing", "refund"]);
    const two = await patchConversation(id, { version: 2, labels: ["refund", "tone"] }, actor);
    expect(two.labels.sort()).toEqual(["refund", "tone"]);
    expect((await listRevisions(conversationScope(id), id))[0].summary).toBe("labels: +tone −billing");
    const labels = await db().label.findMany({ where: { datasetId: dataset.id } });
    expect(labels.map((l) => l.name).sort()).toEqual(["billing", "refund", "tone"]);
    expect(labels.every((l) => /^#[0-9a-f]{6}$/.test(l.color))).toBe(true);
  });

  it("refuses raw together with record fields", () => {
    // Refused at the edge: the schema every caller parses with before updateConversation.
    expect(() => ConversationPatchSchema.parse({ version: 1, raw: GOOD, messages: [] })).toThrow(/not both/);
  });
});

describe("restoreRevision", () => {
  it("brings back an earlier version as a new one, with a readable diff per revision", async () => {
    const { restoreRevision } = await import("./restore-revision");
    const { dataset } = await importText("restore", GOOD);
    const id = await firstId(dataset.id);
    const actor = await commandLineActor();
    await patchConversation(
      id,
      {
        version: 1,
        messages: [turn("user", "hi"), turn("assistant", "hello friend")],
        labels: ["x"],
      },
      actor,
    );
    const restored = await restoreRevision(conversationScope(id), id, 1, 2, actor);
    expect(restored).toMatchObject({ version: 3, labels: [], messages: JSON.parse(GOOD).messages });
    const revisions = await listRevisions(conversationScope(id), id);
    expect(revisions.map((r) => [r.version, r.summary])).toEqual([
      [3, "restored version 1"],
      [2, "edited messages; labels: +x"],
      [1, "imported from test.jsonl, line 1"],
    ]);
    expect(revisions[1].changes).toEqual([
      {
        turn: 2,
        change: "changed",
        role: "assistant",
        parts: [
          { kind: "same", text: "hello" },
          { kind: "added", text: " friend" },
        ],
      },
    ]);
    await expect(restoreRevision(conversationScope(id), id, 9, 3, actor)).rejects.toThrow(/not found/);
  });
});

describe("updateConversation and deep nesting", () => {
  const nested = (depth: number): unknown => JSON.parse("[".repeat(depth) + "]".repeat(depth));

  it("refuses record fields nested past the limit before writing anything", async () => {
    const { dataset } = await importText("deep fields", GOOD);
    const id = await firstId(dataset.id);
    const actor = await commandLineActor();
    const deep = [
      { role: "user", content: "hi" },
      { role: "assistant", content: "ok", extra: nested(100_000) },
    ];
    // Refused by the schema every caller parses with first, so nothing reaches the write.
    const issue = async (patch: object) => (ConversationPatchSchema.safeParse(patch).error as ZodError | undefined)?.issues?.[0]?.message;
    expect(await issue({ version: 1, messages: deep })).toMatch(/^messages\[1\]\.extra\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]…: nested deeper than 64 levels/);
    // 64 levels in all is the limit: the line's object and tools 63 deep.
    expect(await issue({ version: 1, tools: nested(64) })).toMatch(/^tools\[0\].*nested deeper than 64 levels/);
    // Shared objects (as a server action's arguments can have) stand for a value too large to write.
    let shared: unknown = { role: "user", content: "x".repeat(100) };
    for (let i = 0; i < 50; i++) shared = [shared, shared];
    expect(await issue({ version: 1, tools: shared })).toBe("The record would be larger than 64 MB written out: make it smaller");
    await patchConversation(id, { version: 1, tools: nested(63) }, actor);
    expect((await getConversation(conversationScope(id), id)).version).toBe(2);
    expect((await listRevisions(conversationScope(id), id)).length).toBe(2);
  });

  it("reads a record stored deep before the limit as invalid; a status change saves once and answers, a stale one is a conflict", async () => {
    const { dataset } = await importText("stored deep", GOOD);
    const id = await firstId(dataset.id);
    const body = GOOD.replace(/}$/, `,"metadata":${"[".repeat(5000)}${"]".repeat(5000)}}`);
    await db().conversation.update({ where: { id }, data: { body, kind: "chat", errors: null } });
    const actor = await commandLineActor();

    const read = await getConversation(conversationScope(id), id);
    expect(read).toMatchObject({ kind: "invalid", raw: body, errors: [{ path: "metadata[0][0][0][0][0][0][0]…" }] });
    expect(() => JSON.stringify(read)).not.toThrow();
    await expect(patchConversation(id, { version: 1, status: "approved" }, actor)).rejects.toThrow(/fix its errors/);

    const saved = await patchConversation(id, { version: 1, status: "rejected" }, actor);
    expect(saved).toMatchObject({ version: 2, status: "rejected", kind: "invalid" });
    expect(() => JSON.stringify(saved)).not.toThrow();
    const stale = await patchConversation(id, { version: 1, status: "needs_changes" }, actor).catch((e) => e);
    expect(stale.status).toBe(409);
    expect(() => JSON.stringify(stale.details)).not.toThrow();
    await expect(patchConversation(id, { version: 2, messages: [] }, actor)).rejects.toThrow(/fix it with raw first/);
    expect((await db().conversation.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});
