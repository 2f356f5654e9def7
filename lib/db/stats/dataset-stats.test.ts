import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, sqlite } from "../client";
import { commandLineActor } from "../actor";
import type { Actor } from "../../auth/actor";
import { updateConversation } from "../conversations/update-conversation";
import { countConversations } from "../conversations/list-conversations";
import { applyBulkAction } from "../bulk/apply-bulk-action";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { ConversationFilterSchema, type ConversationFilter } from "../../validation/conversation-filter";
import { facetFilter, rangeFilter } from "../../stats/bar-links";
import type { DatasetStats } from "../../stats/stats-types";
import { getDatasetStats, refreshStaleStats } from "./dataset-stats";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { BulkRequestSchema } from "../../validation/bulk";
import { scopeOf, conversationScope } from "../../test/test-scope";

afterAll(closeDb);

// 45 lines: two system prompts and none, 1 to 4 exchanges, one invalid line. The
// background checks are played by writing their columns directly, as the check pass
// would, leaving three records unchecked.
const PROMPTS = ["You are a terse support agent.", "You answer in German, politely and completely."];
const LIMIT = 65_536; // gpt-4o-mini, the default target model

function line(i: number): string {
  const messages: object[] = [];
  if (i % 3 !== 2) messages.push({ role: "system", content: PROMPTS[i % 3] });
  for (let t = 0; t <= i % 4; t++) messages.push({ role: "user", content: `question ${i}.${t}` }, { role: "assistant", content: `answer ${i}.${t}` });
  return JSON.stringify({ messages });
}

let datasetId = "";
let ids: number[] = [];
let actor: Actor;
const filter = (qs: string): ConversationFilter => ConversationFilterSchema.parse(Object.fromEntries(new URLSearchParams(qs)));
const hash = (p: number) => `${p}`.repeat(16);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  const lines = Array.from({ length: 44 }, (_, i) => line(i));
  lines.splice(20, 0, '{"messages": [');
  const { dataset } = await importText("stats", lines.join("\n"));
  datasetId = dataset.id;
  actor = await commandLineActor();
  const db = sqlite();
  ids = db.prepare(`SELECT id FROM Conversation WHERE datasetId = ? AND kind != 'invalid' ORDER BY id`).pluck().all(datasetId) as number[];
  const check = db.prepare(`UPDATE Conversation SET tokens = ?, assistantTokens = ?, language = ?, systemHash = ?, checkedAt = ? WHERE id = ?`);
  ids.forEach((id, i) => {
    if (i >= ids.length - 3) return; // still waiting for the checks
    const tokens = i === 5 ? 70_000 : 12 + i * i * 9; // 12 … 16,000, and one over the limit
    const system = i % 3 === 2 ? null : hash(i % 3);
    check.run(tokens, Math.floor(tokens / 3), i % 5 === 0 ? "deu" : i % 7 === 0 ? "und" : "eng", system, new Date().toISOString(), id);
  });
  for (const [i, status] of [
    [0, "approved"],
    [1, "approved"],
    [2, "rejected"],
    [3, "needs_changes"],
    [4, "approved"],
  ] as const) {
    await updateConversation(
      conversationScope(ids[i]),
      ids[i],
      ConversationPatchSchema.parse({ version: 1, status, labels: i % 2 ? ["billing"] : ["billing", "tone"] }),
      actor,
    );
  }
  await updateConversation(conversationScope(ids[6]), ids[6], ConversationPatchSchema.parse({ version: 1, labels: ["tone"] }), actor);
  await applyBulkAction(scopeOf(datasetId), BulkRequestSchema.parse({ selection: { ids: [ids[7]] }, action: { type: "delete" } }), actor);
});

/** Every bar leads to the table filtered to exactly its records: the table's count for the bar's link is the bar's count. */
async function expectBarsMatchTable(f: ConversationFilter, s: DatasetStats) {
  expect(s.total).toBe(await countConversations(scopeOf(datasetId), f));
  for (const column of ["tokens", "assistantTokens", "turns"] as const) {
    for (const bin of s[column].bins)
      expect(await countConversations(scopeOf(datasetId), rangeFilter(f, column, bin.min, bin.max)!), `${column} ${bin.min}`).toBe(bin.count);
    expect(s[column].counted + s[column].missing).toBe(s.total);
  }
  for (const st of s.statuses) {
    const g = facetFilter(f, "status", st.status);
    expect(g ? await countConversations(scopeOf(datasetId), g) : 0).toBe(st.count);
  }
  for (const l of s.labels)
    if (facetFilter(f, "label", l.name)) expect(await countConversations(scopeOf(datasetId), facetFilter(f, "label", l.name)!)).toBe(l.count);
  for (const l of s.languages) expect(await countConversations(scopeOf(datasetId), facetFilter(f, "language", l.code)!)).toBe(l.count);
  for (const p of s.systemPrompts.top) expect(await countConversations(scopeOf(datasetId), facetFilter(f, "system", p.hash)!)).toBe(p.count);
  expect(await countConversations(scopeOf(datasetId), facetFilter(f, "system", "none")!)).toBe(s.systemPrompts.none.count);
}

describe("getDatasetStats", () => {
  it("counts the whole dataset as the table does, trash left out", async () => {
    const s = await getDatasetStats(scopeOf(datasetId), {});
    expect(s.total).toBe(44); // 45 lines, one in the trash
    expect(s.pendingChecks).toBe(3 + 1); // three unchecked records and the invalid line
    expect(Object.fromEntries(s.statuses.map((x) => [x.status, x.count]))).toEqual({ pending: 39, approved: 3, rejected: 1, needs_changes: 1 });
    expect(s.labels.map((l) => [l.name, l.count])).toEqual([
      ["billing", 5],
      ["tone", 4],
    ]);
    expect(s.labelled).toBe(6);
    expect(s.languages.find((l) => l.code === "deu")).toMatchObject({ count: 9, share: 9 / 44 });
    expect(s.languages.find((l) => l.code === "und")?.count).toBe(3);
    expect(s.noLanguage).toEqual({ unchecked: 4, undetected: 0 });
    expect(s.systemPrompts.top.map((p) => [p.text, p.count])).toEqual([
      [PROMPTS[0], 14],
      [PROMPTS[1], 13],
    ]);
    expect(s.systemPrompts.none.count).toBe(13);
    expect(s.systemPrompts.unchecked).toBe(4);
    expect(s.tokens).toMatchObject({ min: 12, max: 70_000, counted: 40, missing: 4 });
    expect(s.limit).toEqual({ model: "gpt-4o-mini-2024-07-18", maxTokensPerExample: LIMIT, over: 1 });
    // The limit falls on a bin edge, so the bars past it are exactly the records over it.
    expect(s.tokens.bins.filter((b) => b.min > LIMIT).reduce((n, b) => n + b.count, 0)).toBe(1);
    // Turns are few values, one bar each: the invalid line has none, the longest record nine messages.
    expect(s.turns.bins[0]).toEqual({ min: 0, max: 1, count: 1 });
    expect(s.turns.bins.at(-1)).toMatchObject({ min: 9, max: 10 });
    expect(s.review).toEqual({ days: [{ day: today(), approved: 3, rejected: 1, needs_changes: 1, cumulative: 5 }], decided: 5, undated: 0 });
    await expectBarsMatchTable({}, s);
  });

  it("answers a status filter from the stats indexes with the same figures as the table", async () => {
    const f = filter("status=approved");
    const s = await getDatasetStats(scopeOf(datasetId), f);
    expect(s.total).toBe(3);
    expect(s.review.decided).toBe(3);
    await expectBarsMatchTable(f, s);
  });

  it("answers filters the indexes cannot (labels, languages, ranges) through a copy of the matching rows, with the same figures as the table", async () => {
    for (const qs of ["label=tone", "language=eng&turnsMin=3", "tokensMin=100&tokensMax=5000", "system=none", "invalid=1"]) {
      const f = filter(qs);
      const s = await getDatasetStats(scopeOf(datasetId), f);
      expect(s.total, qs).toBeGreaterThan(0);
      await expectBarsMatchTable(f, s);
    }
    // The copy is dropped once the figures are taken.
    expect(sqlite().prepare(`SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'stats_rows_%'`).pluck().get()).toBe(0);
  });

  it("reuses cached figures until the data changes, by a person or by the background checks", async () => {
    const first = await getDatasetStats(scopeOf(datasetId), {});
    expect((await getDatasetStats(scopeOf(datasetId), {})).computedAt).toBe(first.computedAt);

    await updateConversation(conversationScope(ids[10]), ids[10], ConversationPatchSchema.parse({ version: 1, status: "rejected" }), actor);
    const afterReview = await getDatasetStats(scopeOf(datasetId), {});
    expect(afterReview.computedAt).not.toBe(first.computedAt);
    expect(afterReview.statuses.find((x) => x.status === "rejected")?.count).toBe(2);

    sqlite()
      .prepare(`UPDATE Conversation SET tokens = 40, assistantTokens = 10, language = 'eng', checkedAt = ? WHERE id = ?`)
      .run(new Date().toISOString(), ids[ids.length - 1]);
    const afterCheck = await getDatasetStats(scopeOf(datasetId), {});
    expect(afterCheck.pendingChecks).toBe(afterReview.pendingChecks - 1);
    expect(afterCheck.tokens.counted).toBe(afterReview.tokens.counted + 1);
  });

  it("notices a bulk change that commits after a later save, with the older timestamp it took before waiting", async () => {
    const before = await getDatasetStats(scopeOf(datasetId), {});
    const approved = before.statuses.find((x) => x.status === "approved")!.count;
    // What applyBulkAction leaves when another save slipped in while it waited: records stamped
    // earlier than the newest updatedAt, and its BulkOperation row.
    sqlite().transaction(() => {
      sqlite()
        .prepare(`UPDATE Conversation SET status = 'approved', version = version + 1, updatedAt = '2001-01-01T00:00:00.000+00:00' WHERE id = ?`)
        .run(ids[20]);
      sqlite()
        .prepare(
          `INSERT INTO BulkOperation (id, datasetId, action, params, selection, count, summary, actorId, createdAt) VALUES ('late-bulk', ?, 'set_status', '{}', '{}', 1, 'Approved 1', ?, '2001-01-01T00:00:00.000+00:00')`,
        )
        .run(datasetId, actor.id);
    })();
    const after = await getDatasetStats(scopeOf(datasetId), {});
    expect(after.statuses.find((x) => x.status === "approved")!.count).toBe(approved + 1);
    // Approved without a revision saying when: counted, but not on a day.
    expect(after.review.undated).toBe(before.review.undated + 1);
    expect(after.review.decided).toBe(before.review.decided + 1);
  });

  it("lets the background refresh recompute a stale whole-dataset entry once the dataset has settled, and only then", async () => {
    const approved = (await getDatasetStats(scopeOf(datasetId), {})).statuses.find((x) => x.status === "approved")!.count;
    const later = Date.now() + 60_000;
    expect(refreshStaleStats(later)).toBe(false); // fresh
    await updateConversation(conversationScope(ids[11]), ids[11], ConversationPatchSchema.parse({ version: 1, status: "approved" }), actor);
    expect(refreshStaleStats()).toBe(false); // stale, but someone is at work on it
    expect(refreshStaleStats(later)).toBe(true);
    const row = sqlite().prepare(`SELECT data FROM StatsCache WHERE datasetId = ? AND filterKey = ''`).pluck().get(datasetId) as string;
    expect(JSON.parse(row).statuses.find((x: { status: string }) => x.status === "approved").count).toBe(approved + 1);
    expect(refreshStaleStats(later)).toBe(false);
  });

  it("does not keep figures for a search while the search index is still being built", async () => {
    const { dataset } = await importText("stats search", [line(1), line(2)].join("\n"));
    const f = filter("q=question");
    const key = (id: string) => sqlite().prepare(`SELECT count(*) FROM StatsCache WHERE datasetId = ? AND filterKey = 'q=question'`).pluck().get(id);
    expect((await getDatasetStats(scopeOf(dataset.id), f)).total).toBe(0);
    expect(key(dataset.id)).toBe(0);
    await runBackgroundWorkUntilIdle();
    expect((await getDatasetStats(scopeOf(dataset.id), f)).total).toBe(2);
    expect(key(dataset.id)).toBe(1);
  });

  it("refuses a dataset that does not exist", async () => {
    await expect(getDatasetStats(scopeOf("no-such-dataset"), {})).rejects.toThrow(/not found/i);
  });
});
