import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../client";
import { ReviewQuerySchema } from "../../validation/review-query";
import { getReviewProgress, getReviewStep } from "./get-review-step";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

let datasetId = "";
let ids: number[] = [];

// Eight records; the odd ones carry a label, two are already approved.
beforeAll(async () => {
  const lines = Array.from({ length: 8 }, (_, i) =>
    JSON.stringify({
      messages: [
        { role: "user", content: `q${i}` },
        { role: "assistant", content: `a${i}` },
      ],
    }),
  );
  const { dataset } = await importText("review-walk", lines.join("\n"));
  datasetId = dataset.id;
  ids = (await db().conversation.findMany({ where: { datasetId }, orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);
  await db().conversation.updateMany({ where: { id: { in: [ids[1], ids[2]] } }, data: { status: "approved" } });
});

const step = (q: Record<string, unknown>) => getReviewStep(scopeOf(datasetId), ReviewQuerySchema.parse(q));

describe("getReviewStep", () => {
  it("starts at the first record of the filter in table order, with the next one loaded", async () => {
    const s = await step({ sort: "created", dir: "asc" });
    expect(Number(s.current?.id)).toBe(ids[0]);
    expect(s.prevId).toBeNull();
    expect(s.nextId).toBe(ids[1]);
    expect(Number(s.next?.id)).toBe(ids[1]);
    expect(await getReviewProgress(scopeOf(datasetId), {})).toEqual({ reviewed: 2, total: 8 });
  });

  it("walks the filter from the record on screen, even after it left the filter", async () => {
    // ids[2] is approved, so it is not in "pending"; its neighbours in "pending" are ids[0] and ids[3].
    const s = await step({ status: "pending", sort: "created", dir: "asc", at: ids[2] });
    expect(Number(s.current?.id)).toBe(ids[2]);
    expect(s.prevId).toBe(ids[0]);
    expect(s.nextId).toBe(ids[3]);
    // Progress counts the filter without its status: pending is what review empties.
    expect(await getReviewProgress(scopeOf(datasetId), { status: "pending" })).toEqual({ reviewed: 2, total: 8 });
  });

  it("follows the table's sort direction and ends with no next record", async () => {
    const first = await step({ sort: "created", dir: "desc" });
    expect(Number(first.current?.id)).toBe(ids[7]);
    const last = await step({ sort: "created", dir: "desc", at: ids[0] });
    expect(last.nextId).toBeNull();
    expect(last.next).toBeNull();
    expect(last.prevId).toBe(ids[1]);
  });

  it("has nothing to show for a filter that matches nothing", async () => {
    const s = await step({ q: "no-such-word-anywhere" });
    expect(s.current).toBeNull();
    expect(await getReviewProgress(scopeOf(datasetId), { q: "no-such-word-anywhere" })).toEqual({ reviewed: 0, total: 0 });
  });

  it("refuses a record of another dataset", async () => {
    const { dataset: other } = await importText(
      "review-other",
      JSON.stringify({
        messages: [
          { role: "user", content: "x" },
          { role: "assistant", content: "y" },
        ],
      }),
    );
    const [row] = await db().conversation.findMany({ where: { datasetId: other.id } });
    await expect(step({ at: row.id })).rejects.toThrow(/not found/);
  });
});
