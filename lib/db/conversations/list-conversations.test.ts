import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../client";
import { listConversations, countConversations } from "./list-conversations";
import { ConversationPageSchema, SORTS } from "../../validation/conversation-filter";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

let datasetId = "";

// 23 records with repeating turn counts (ties), some token counts still pending (NULL),
// and a few statuses, so every sort has ties and NULLs to page across.
beforeAll(async () => {
  const lines = Array.from({ length: 23 }, (_, i) => {
    const turns = (i % 4) + 1;
    const messages = Array.from({ length: turns * 2 }, (_, t) => ({ role: t % 2 ? "assistant" : "user", content: `record ${i} turn ${t}` }));
    return JSON.stringify({ messages });
  });
  const { dataset } = await importText("paging", lines.join("\n"));
  datasetId = dataset.id;
  const rows = await db().conversation.findMany({ where: { datasetId }, orderBy: { id: "asc" } });
  for (const [i, r] of rows.entries()) {
    await db().conversation.update({
      where: { id: r.id },
      data: { tokens: i % 5 === 0 ? null : (i * 7) % 11, status: ["pending", "approved", "rejected"][i % 3] },
    });
  }
});

async function walk(sort: (typeof SORTS)[number], dir: "asc" | "desc") {
  const pages: number[][] = [];
  let cursor: string | undefined;
  let prevOfLast: string | null = null;
  do {
    const page = await listConversations(scopeOf(datasetId), ConversationPageSchema.parse({ sort, dir, cursor, limit: 5 }));
    pages.push(page.rows.map((r) => r.id));
    prevOfLast = page.prev;
    cursor = page.next ?? undefined;
  } while (cursor);
  return { pages, prevOfLast };
}

describe("listConversations", () => {
  for (const sort of SORTS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`pages through every record once, in order, sorted by ${sort} ${dir}, and back`, async () => {
        const all = await db().conversation.findMany({ where: { datasetId } });
        const key = { created: "id", updated: "updatedAt", turns: "turns", tokens: "tokens", status: "status" }[sort] as keyof (typeof all)[0];
        const value = (r: (typeof all)[0]) => (r[key] === null ? -Infinity : r[key] instanceof Date ? (r[key] as Date).getTime() : r[key]);
        const expected = [...all]
          .sort((a, b) => {
            const [x, y] = [value(a), value(b)];
            const c = x === y ? a.id - b.id : (x as number) < (y as number) ? -1 : 1;
            return dir === "asc" ? c : -c;
          })
          .map((r) => r.id);
        const { pages, prevOfLast } = await walk(sort, dir);
        expect(pages.flat()).toEqual(expected);
        expect(pages).toHaveLength(5);
        // The last page's "previous" cursor leads back to the page before it.
        const back = await listConversations(scopeOf(datasetId), ConversationPageSchema.parse({ sort, dir, cursor: prevOfLast!, limit: 5 }));
        expect(back.rows.map((r) => r.id)).toEqual(pages[pages.length - 2]);
      });
    }
  }

  it("filters by status and counts what the filter matches", async () => {
    const page = await listConversations(scopeOf(datasetId), ConversationPageSchema.parse({ status: "approved", limit: 50 }));
    expect(page.rows.every((r) => r.status === "approved")).toBe(true);
    expect(await countConversations(scopeOf(datasetId), { status: "approved" })).toBe(page.rows.length);
    expect(page.rows.length).toBe(8);
  });

  it("refuses a cursor it did not make", async () => {
    await expect(listConversations(scopeOf(datasetId), ConversationPageSchema.parse({ cursor: "bogus" }))).rejects.toThrow(/cursor/);
  });
});
