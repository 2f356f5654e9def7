import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importFile, importText, PUBLIC_DATA } from "../../test/import-helpers";
import { exportChunks, exportStats } from "../../db/conversations/export-conversations";
import { listConversations, countConversations } from "../../db/conversations/list-conversations";
import { ConversationPageSchema } from "../../validation/conversation-filter";
import { ExportRequestSchema } from "../../validation/export-request";
import { closeDb, db, sqlite } from "../../db/client";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { invalidLineChunks } from "../../db/conversations/invalid-lines";
import { getConversation } from "../../db/conversations/get-conversation";
import { updateConversation } from "../../db/conversations/update-conversation";
import { commandLineActor } from "../../db/actor";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { scopeOf, conversationScope } from "../../test/test-scope";

afterAll(closeDb);

const GOOD_LINE = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}';
const exportAll = (datasetId: string) => Buffer.concat([...exportChunks(scopeOf(datasetId), ExportRequestSchema.parse({ status: "all" }))]).toString("utf8");

describe("importIntoDataset", () => {
  it.each(["gsm8k-chat-train.jsonl", "stock-toolcall-train.jsonl", "orca-dpo-pairs.jsonl"])("round-trips %s losslessly, line for line", async (file) => {
    const path = join(PUBLIC_DATA, file);
    const input = readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    const { dataset, summary } = await importFile(`rt ${file}`, path);
    expect(summary).toMatchObject({ imported: input.length, invalid: 0, errors: [] });
    const output = exportAll(dataset.id).trimEnd().split("\n");
    expect(output).toHaveLength(input.length);
    output.forEach((line, i) => expect(JSON.parse(line)).toEqual(JSON.parse(input[i])));
  });

  it("keeps bad lines as invalid records with their line, raw text and every error", async () => {
    const text = [
      '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}',
      "",
      "not json at all",
      '{"messages":[{"role":"user","content":"a"},{"role":"robot","content":"b"},{"role":"assistant","content":"c"}]}',
      '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}',
      '{"messages":[{"role":"user","content":"HI  "},{"role":"assistant","content":"Hello"}]}',
    ].join("\n");
    const { dataset, summary } = await importText("bad lines", text);
    expect(summary).toMatchObject({ lines: 6, imported: 3, invalid: 2, duplicates: 2 });
    expect(summary.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(summary.errors[1]).toEqual({
      line: 4,
      path: "messages[1].role",
      message: "messages[1].role: expected one of system, user, assistant, tool",
    });
    const invalid = await db().conversation.findMany({ where: { datasetId: dataset.id, kind: "invalid" }, orderBy: { id: "asc" } });
    expect(invalid.map((r) => [r.sourceLine, r.body])).toEqual([
      [3, "not json at all"],
      [4, text.split("\n")[3]],
    ]);
    const page = await listConversations(scopeOf(dataset.id), ConversationPageSchema.parse({ invalid: "1" }));
    expect(page.rows).toHaveLength(2);
    expect(await countConversations(scopeOf(dataset.id), { duplicate: "1" })).toBe(2);
  });

  it("keeps a line that is not UTF-8 as an invalid record with the bad byte named and its bytes kept", async () => {
    const good = '{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}';
    const bad = Buffer.concat([
      Buffer.from('{"messages":[{"role":"user","content":"caf'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"},{"role":"assistant","content":"ok"}]}'),
    ]);
    const alsoBad = Buffer.from([0x6e, 0x6f, 0x20, 0xc3]);
    const file = Buffer.concat([Buffer.from(good + "\n"), bad, Buffer.from("\r\n"), Buffer.from(good.replace("hi", "yo") + "\n"), alsoBad, Buffer.from("\n")]);
    const { dataset, summary } = await importText("not utf-8", file);
    expect(summary).toMatchObject({ lines: 4, imported: 2, invalid: 2 });
    expect(summary.errors).toEqual([
      { line: 2, path: "", message: "invalid UTF-8 at byte 43" },
      { line: 4, path: "", message: "invalid UTF-8 at byte 4" },
    ]);
    const [row] = await db().conversation.findMany({ where: { datasetId: dataset.id, sourceLine: 2 } });
    expect(row.kind).toBe("invalid");
    expect(row.body).toContain("caf\ufffd\ufffd");
    expect(Buffer.from(row.rawBytes!)).toEqual(bad);
    // The record says what it was; the download gives the original bytes back, byte for byte.
    expect((await getConversation(conversationScope(row.id), row.id)).raw_base64).toBe(bad.toString("base64"));
    expect(Buffer.concat([...invalidLineChunks(scopeOf(dataset.id))])).toEqual(Buffer.concat([bad, Buffer.from("\n"), alsoBad, Buffer.from("\n")]));

    // Saving a fix replaces the bytes with the text saved, even when it reads the same.
    const fixed = await updateConversation(
      conversationScope(row.id),
      row.id,
      ConversationPatchSchema.parse({ version: 1, raw: row.body }),
      await commandLineActor(),
    );
    expect(fixed.raw_base64).toBeUndefined();
    expect((await db().conversation.findUniqueOrThrow({ where: { id: row.id } })).rawBytes).toBeNull();
    // Any other change of the text drops them too (one trigger for every write path).
    const [other] = await db().conversation.findMany({ where: { datasetId: dataset.id, sourceLine: 4 } });
    sqlite().prepare(`UPDATE Conversation SET body = 'no' WHERE id = ?`).run(other.id);
    expect((await db().conversation.findUniqueOrThrow({ where: { id: other.id } })).rawBytes).toBeNull();
  });

  it("reports empty and binary files clearly instead of crashing", async () => {
    const empty = await importText("empty", "");
    expect(empty.summary).toMatchObject({ lines: 0, imported: 0, invalid: 0 });
    expect(empty.summary.warnings[0]).toMatch(/empty/);
    await expect(importText("binary", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]), "data.zip")).rejects.toThrow(/data\.zip: this looks like a binary file/);
  });

  it("bounds the report of a file of many bad lines but counts them all", async () => {
    const { summary } = await importText("many bad", "{oops\n".repeat(3000));
    expect(summary.invalid).toBe(3000);
    expect(summary.errors).toHaveLength(1000);
    expect(summary.warnings.join(" ")).toMatch(/2,000 more errors/);
  });

  it("keeps a line nested 5,000 levels as an invalid record naming the path and the limit", async () => {
    const deep = `{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"ok"}],"metadata":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const { dataset, summary } = await importText("deep", `${GOOD_LINE}\n${deep}\n${GOOD_LINE.replace("hi", "hey")}`);
    expect(summary).toMatchObject({ imported: 2, invalid: 1 });
    const message = "nested deeper than 64 levels: flatten or remove this value (Tuneset reads at most 64 levels of objects and arrays)";
    expect(summary.errors).toEqual([{ line: 2, path: "metadata[0][0][0][0][0][0][0]…", message: `metadata[0][0][0][0][0][0][0]…: ${message}` }]);
    const row = await db().conversation.findFirstOrThrow({ where: { datasetId: dataset.id, kind: "invalid" } });
    expect(row.body).toBe(deep);
    expect(JSON.parse(row.errors!)).toEqual([{ path: "metadata[0][0][0][0][0][0][0]…", message }]);
    // The background checks read every record; this one must not stop them.
    await runBackgroundWorkUntilIdle();
  });

  it("counts tokens and fills the search index after the import", async () => {
    const { dataset } = await importFile("search", join(PUBLIC_DATA, "stock-toolcall-train.jsonl"));
    await runBackgroundWorkUntilIdle();
    const pending = await db().conversation.count({ where: { datasetId: dataset.id, tokens: null } });
    expect(pending).toBe(0);
    const page = await listConversations(scopeOf(dataset.id), ConversationPageSchema.parse({ q: "oracle" }));
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => /oracle/i.test(r.preview))).toBe(true);
    expect(exportStats(scopeOf(dataset.id), ExportRequestSchema.parse({})).records).toBe(0);
  });
});
