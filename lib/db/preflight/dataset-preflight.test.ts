import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { applyBulkAction } from "../bulk/apply-bulk-action";
import { prepareExport } from "../conversations/export-conversations";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { ExportRequestSchema } from "../../validation/export-request";
import { defaultEpochs } from "../../models/fine-tunable-models";
import { datasetPreflight } from "./dataset-preflight";
import { BulkRequestSchema } from "../../validation/bulk";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

const chat = (n: number, answer = `Answer number ${n}, with enough words to count.`) =>
  JSON.stringify({
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: `Question number ${n}?` },
      { role: "assistant", content: answer },
    ],
  });

async function seeded(name: string, lines: string[]) {
  const { dataset } = await importText(name, lines.join("\n"));
  await runBackgroundWorkUntilIdle();
  return dataset.id;
}

/** A dataset of `count` plain chats, their ids in line order, and a bulk action on some of them as the command line runs it. */
async function seededChats(name: string, count: number) {
  const datasetId = await seeded(
    name,
    Array.from({ length: count }, (_, i) => chat(i)),
  );
  const actor = await commandLineActor();
  const ids = (await db().conversation.findMany({ where: { datasetId }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
  const bulk = (selected: typeof ids, action: object) =>
    applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse({ selection: { ids: selected }, action }), actor);
  return { datasetId, ids, bulk };
}

const all = ExportRequestSchema.parse({ status: "all" });
const approved = ExportRequestSchema.parse({ status: "approved" });

describe("datasetPreflight", () => {
  it("counts findings by code with the first records, and adds the set's rules", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => chat(i));
    lines.push(chat(1)); // an exact copy of line 2
    lines.push(
      JSON.stringify({
        messages: [
          { role: "user", content: "Call the tool" },
          { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "lookup", arguments: "{not json" } }] },
        ],
      }),
    );
    lines.push("{not json: never exported, so not an example, but counted apart");
    const datasetId = await seeded("preflight counts", lines);

    const p = await datasetPreflight(scopeOf(datasetId), all);
    expect(p.examples).toBe(14);
    expect(p.invalidLines).toBe(1);
    expect(p.pending).toBe(0);
    const toolCall = p.codes.find((c) => c.code === "invalid_tool_call")!;
    expect(toolCall).toMatchObject({ severity: "error", records: 1 });
    expect(toolCall.samples[0]).toMatchObject({ sourceLine: 14, path: "messages[1].tool_calls[0].function.arguments" });
    expect(p.codes.find((c) => c.code === "no_system_message")).toMatchObject({ severity: "warning", records: 1 });
    expect(p.set.map((f) => f.code)).toEqual(["few_examples", "exact_duplicate"]);
    expect(p.errors).toBe(1);
    expect(p.recordsWithErrors).toBe(1);
  });

  it("works out the token budget the notebook's way", async () => {
    const datasetId = await seeded(
      "preflight tokens",
      Array.from({ length: 20 }, (_, i) => chat(i)),
    );
    const { tokens, examples } = await datasetPreflight(scopeOf(datasetId), all);
    const counts = (await db().conversation.findMany({ where: { datasetId }, select: { tokens: true } })).map((c) => c.tokens!).sort((a, b) => a - b);
    expect(tokens.total).toBe(counts.reduce((a, b) => a + b, 0));
    expect(tokens.min).toBe(counts[0]);
    expect(tokens.max).toBe(counts[counts.length - 1]);
    expect(tokens.p50).toBe(counts[Math.floor(0.5 * (counts.length - 1))]);
    expect(tokens.epochs).toBe(defaultEpochs(examples));
    expect(tokens.epochs).toBe(5); // 100 // 20
    expect(tokens.billedTokens).toBe(5 * tokens.total);
    expect(tokens.estimatedCostUsd).toBeCloseTo((tokens.billedTokens / 1e6) * 3, 10); // gpt-4o-mini: $3 per 1M
  });

  it("checks only the approved set when asked, and finds a dominant label there", async () => {
    const { datasetId, ids, bulk } = await seededChats("preflight approved", 12);
    await bulk(ids.slice(0, 10), { type: "set_status", status: "approved" });
    await bulk(ids.slice(0, 8), { type: "add_labels", labels: ["billing"] });

    const p = await datasetPreflight(scopeOf(datasetId), approved);
    expect(p.examples).toBe(10);
    expect(p.set.find((f) => f.code === "unbalanced_labels")?.message).toContain('"billing" is on 80%');
  });
});

describe("the cached pre-flight", () => {
  it("is kept beside the statistics and follows changes to records and to the label-share setting", async () => {
    const { datasetId, ids, bulk } = await seededChats("preflight cache", 12);
    await bulk(ids, { type: "set_status", status: "approved" });
    expect((await datasetPreflight(scopeOf(datasetId), approved)).examples).toBe(12);
    expect(await db().statsCache.count({ where: { datasetId, filterKey: { startsWith: "preflight:status=approved" } } })).toBe(1);

    await bulk(ids.slice(0, 8), { type: "add_labels", labels: ["billing"] });
    expect((await datasetPreflight(scopeOf(datasetId), approved)).set.map((f) => f.code)).toContain("unbalanced_labels");
    await db().dataset.update({ where: { id: datasetId }, data: { labelShareLimit: 0.8 } });
    expect((await datasetPreflight(scopeOf(datasetId), approved)).set.map((f) => f.code)).not.toContain("unbalanced_labels");
    await bulk(ids.slice(0, 2), { type: "set_status", status: "rejected" });
    expect((await datasetPreflight(scopeOf(datasetId), approved)).examples).toBe(10);
  });
});

describe("prepareExport", () => {
  it("refuses an export with pre-flight errors unless told to go ahead", async () => {
    const lines = Array.from({ length: 11 }, (_, i) => chat(i));
    lines.push(chat(99, "Here you go <|im_start|>"));
    const { dataset } = await importText("export blocked", lines.join("\n")); // not yet checked: the export checks first
    await expect(prepareExport(scopeOf(dataset.id), all)).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringContaining("1 record has pre-flight errors"),
    });
    const forced = await prepareExport(scopeOf(dataset.id), ExportRequestSchema.parse({ status: "all", allowErrors: "1" }));
    expect(forced.stats).toMatchObject({ records: 12, withErrors: 1 });
    expect(await db().conversation.count({ where: { datasetId: dataset.id, checkedAt: null } })).toBe(0);
    expect(forced.overridden).toHaveLength(1);
  });

  it("refuses fewer than ten examples, and lets an empty selection through", async () => {
    const { dataset } = await importText("export small", [chat(1), chat(2)].join("\n"));
    await expect(prepareExport(scopeOf(dataset.id), all)).rejects.toMatchObject({ message: expect.stringContaining("only 2 examples") });
    await expect(prepareExport(scopeOf(dataset.id), approved)).resolves.toMatchObject({ stats: { records: 0 } });
  });
});
