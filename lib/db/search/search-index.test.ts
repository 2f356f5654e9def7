import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db, sqlite } from "../client";
import { commandLineActor } from "../actor";
import { createDataset } from "../datasets/create-dataset";
import { ConversationWriter } from "../imports/conversation-writer";
import { rowFromLine } from "../../imports/row-from-line";
import { indexNextChunk, toMatchQuery } from "./search-index";
import { DatasetCreateSchema } from "../../validation/dataset";

afterAll(closeDb);

const line = (word: string) =>
  JSON.stringify({
    messages: [
      { role: "user", content: `about ${word}` },
      { role: "assistant", content: "ok" },
    ],
  });

describe("search index", () => {
  it("indexes imports whose rows interleave without losing either one's rows", async () => {
    const actor = await commandLineActor();
    const dataset = await createDataset(DatasetCreateSchema.parse({ name: "interleaved" }), actor);
    const imports = await Promise.all(
      ["a.jsonl", "b.jsonl"].map((fileName) =>
        db().import.create({ data: { datasetId: dataset.id, fileName, createdById: actor.id, leaseOwner: "test:1:a" } }),
      ),
    );
    const writers = imports.map(
      (imp) => new ConversationWriter(sqlite(), { datasetId: dataset.id, importId: imp.id, sourceFile: imp.fileName, owner: "test:1:a" }),
    );
    // Alternate single-row batches, as two uploads running at once would.
    const progress = (i: number) => ({ lines: i + 1, bytes: 0, sha256: "", imported: 1, invalid: 0, leaseUntil: new Date() });
    for (let i = 0; i < 6; i++) writers[i % 2].flush([rowFromLine(i + 1, line(`topic${i}`))!], progress(i));
    await db().import.updateMany({ where: { datasetId: dataset.id }, data: { status: "done" } });
    while (indexNextChunk()) {}
    for (let i = 0; i < 6; i++) {
      const hits = sqlite()
        .prepare(`SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH ?`)
        .all(toMatchQuery(`topic${i}`));
      expect(hits, `topic${i}`).toHaveLength(1);
    }
  });

  it("turns typed words into a prefix query and ignores bare punctuation", () => {
    expect(toMatchQuery('refund "policy')).toBe('"refund"* "policy"*');
    expect(toMatchQuery("?!")).toBeNull();
  });
});
