import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { AppError } from "../../errors";
import { boundRecord } from "../../long-text/bound-record";
import { TEXT_CHUNK_CHARS } from "../../long-text/limits";
import type { ShortenedText } from "../../long-text/shortened-text";
import { getConversation } from "./get-conversation";
import { readMoreTurns, readTextChunk } from "./long-text";
import { listRevisions } from "./revisions";
import { patchConversation } from "../../test/patch-conversation";
import { turn } from "../../test/turns";
import { conversationScope } from "../../test/test-scope";

afterAll(closeDb);

// A 2.5 MB reply with an emoji right where the first chunk would end, so the chunks must keep it whole.
const LONG = `${"a".repeat(TEXT_CHUNK_CHARS - 1)}😀${"b".repeat(1_500_000)}`;
const LINE = JSON.stringify({
  messages: [
    { role: "user", content: "Tell me everything." },
    { role: "assistant", content: LONG },
  ],
});

async function imported(name: string, line = LINE) {
  const { dataset } = await importText(name, line);
  const row = await db().conversation.findFirstOrThrow({ where: { datasetId: dataset.id } });
  return row.id;
}

const shortenedReply = (messages: unknown) => (messages as { content: unknown }[])[1].content as ShortenedText;

describe("readTextChunk", () => {
  it("returns a long text in chunks that rebuild it exactly, from the version asked for", async () => {
    const id = await imported("chunks");
    const parts: string[] = [];
    let offset = 0;
    for (;;) {
      const chunk = readTextChunk(conversationScope(id), id, 1, ["messages", 1, "content"], offset);
      expect(chunk.length).toBe(LONG.length);
      expect(chunk.text.length).toBeLessThanOrEqual(TEXT_CHUNK_CHARS);
      parts.push(chunk.text);
      offset = chunk.end;
      if (offset >= chunk.length) break;
    }
    expect(parts).toHaveLength(3);
    expect(parts[0].endsWith("a")).toBe(true);
    expect(parts.join("")).toBe(LONG);

    // After an edit, version 1 is read from its revision.
    await patchConversation(
      id,
      {
        version: 1,
        messages: [turn("user", "Short now."), turn("assistant", "ok")],
      },
      await commandLineActor(),
    );
    expect(readTextChunk(conversationScope(id), id, 1, ["messages", 1, "content"], 0).text).toBe(LONG.slice(0, TEXT_CHUNK_CHARS - 1));
    expect(readTextChunk(conversationScope(id), id, 2, ["messages", 1, "content"], 0).text).toBe("ok");
  });

  it("answers not found for a path that holds no text or a version that never was", async () => {
    const id = await imported("chunk-missing");
    for (const [version, path] of [
      [1, ["messages", 9, "content"]],
      [1, ["messages"]],
      [7, ["messages", 1, "content"]],
    ] as const) {
      const e = (() => {
        try {
          readTextChunk(conversationScope(id), id, version, [...path], 0);
        } catch (error) {
          return error;
        }
      })();
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("not_found");
    }
  });
});

describe("saving over a shortened text", () => {
  it("puts the stored text back where the editor sent the shortened form", async () => {
    const id = await imported("restore");
    const page = boundRecord(await getConversation(conversationScope(id), id));
    const messages = page.messages as { role: string; content: unknown }[];
    // The annotator changes the question and leaves the long reply as it came.
    const saved = await patchConversation(id, { version: 1, messages: [{ ...messages[0], content: "Tell me more." }, messages[1]] }, await commandLineActor());
    expect(saved.version).toBe(2);
    const stored = (await getConversation(conversationScope(id), id)).messages as { content: string }[];
    expect(stored[0].content).toBe("Tell me more.");
    expect(stored[1].content).toBe(LONG);
  });

  it("refuses a shortened text it cannot match, and stores nothing", async () => {
    const id = await imported("refuse");
    const page = boundRecord(await getConversation(conversationScope(id), id));
    const reply = shortenedReply(page.messages);
    const actor = await commandLineActor();
    const forged = [
      { $shortened: { ...reply.$shortened, digest: "0".repeat(40) } },
      { $shortened: { ...reply.$shortened, path: ["messages", 0, "content"] } },
      { $shortened: { ...reply.$shortened, id: id + 1000 } },
      { $shortened: { ...reply.$shortened, version: 9 } },
    ];
    for (const content of forged) {
      const e = await patchConversation(
        id,
        {
          version: 1,
          messages: [
            { role: "user", content: "x" },
            { role: "assistant", content },
          ],
        },
        actor,
      ).catch((x) => x);
      expect(e).toBeInstanceOf(AppError);
      expect(e.code).toBe("bad_request");
      expect(e.message).toMatch(/messages\[\d\]\.content was sent shortened \(20,000 of 2,500,001 characters\).* nothing was saved/);
    }
    const after = await getConversation(conversationScope(id), id);
    expect(after.version).toBe(1);
    expect((after.messages as { content: string }[])[1].content).toBe(LONG);
  });
});

describe("readMoreTurns", () => {
  it("returns the turns a page left out, bounded, until the end", async () => {
    const messages = Array.from({ length: 300 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: `turn ${i} ${"z".repeat(3000)}` }));
    const id = await imported("more-turns", JSON.stringify({ messages }));
    const page = boundRecord(await getConversation(conversationScope(id), id));
    let hidden = page.hidden_turns![0];
    let seen = (page.messages as unknown[]).length;
    while (hidden) {
      expect(hidden.from).toBe(seen);
      const batch = readMoreTurns(conversationScope(id), id, 1, hidden.path, hidden.from);
      expect(batch.total).toBe(300);
      expect((batch.turns[0] as { content: string }).content.startsWith(`turn ${seen} `)).toBe(true);
      seen += batch.turns.length;
      hidden = batch.hidden!;
    }
    expect(seen).toBe(300);
  });
});

describe("the history of a long record", () => {
  it("lists decisions without a diff and long changed texts by their lengths", async () => {
    const id = await imported("history");
    const actor = await commandLineActor();
    await patchConversation(id, { version: 1, status: "approved" }, actor);
    await patchConversation(
      id,
      {
        version: 2,
        messages: [turn("user", "Tell me everything."), turn("assistant", `${LONG}!`)],
      },
      actor,
    );
    await patchConversation(id, { version: 3, status: "rejected" }, actor);
    const revisions = await listRevisions(conversationScope(id), id);
    expect(revisions.map((r) => [r.version, r.changes.length])).toEqual([
      [4, 0],
      [3, 1],
      [2, 0],
      [1, 0],
    ]);
    expect(revisions[1].changes[0]).toEqual({
      turn: 2,
      change: "changed",
      role: "assistant",
      parts: [],
      tooLong: { before: LONG.length, after: LONG.length + 1 },
    });
    expect(revisions[0]).toMatchObject({ status: "rejected", actor: { name: expect.any(String) }, labels: [] });
    expect(revisions[0].createdAt).toBeInstanceOf(Date);
  });
});
