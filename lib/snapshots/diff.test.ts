import { describe, expect, it } from "vitest";
import { diffMembers, type SnapshotMember } from "./diff";

const m = (conversationId: number, lineHash: string, version = 1, split: SnapshotMember["split"] = "train"): SnapshotMember => ({
  conversationId,
  version,
  split,
  lineHash,
});

const older = [m(1, "a"), m(2, "b"), m(3, "c"), m(5, "e", 1, "validation")];
const newer = [m(2, "b", 2), m(3, "c2", 4), m(4, "d"), m(5, "e", 1, "train"), m(6, "f")];

describe("diffMembers", () => {
  it("finds added, removed and edited records, and counts the unchanged", () => {
    const d = diffMembers(older, newer);
    expect({ added: d.added, removed: d.removed, edited: d.edited, unchanged: d.unchanged, movedSplit: d.movedSplit }).toEqual({
      added: 2,
      removed: 1,
      edited: 1,
      unchanged: 2,
      movedSplit: 1,
    });
    expect(d.entries).toEqual([
      { conversationId: 1, change: "removed", before: { version: 1, split: "train" }, after: null },
      { conversationId: 3, change: "edited", before: { version: 1, split: "train" }, after: { version: 4, split: "train" } },
      { conversationId: 4, change: "added", before: null, after: { version: 1, split: "train" } },
      { conversationId: 6, change: "added", before: null, after: { version: 1, split: "train" } },
    ]);
  });

  it("does not call a new version with the same line an edit (a status or label change)", () => {
    const d = diffMembers([m(2, "b", 1)], [m(2, "b", 7)]);
    expect(d).toMatchObject({ edited: 0, unchanged: 1, entries: [] });
  });

  it("compares a snapshot with itself as all unchanged, and with nothing as all removed", () => {
    expect(diffMembers(older, older)).toMatchObject({ added: 0, removed: 0, edited: 0, unchanged: 4 });
    expect(diffMembers(older, [])).toMatchObject({ removed: 4, unchanged: 0 });
    expect(diffMembers([], newer)).toMatchObject({ added: 5 });
  });

  it("returns one window of one kind of change, while counting them all", () => {
    const big = Array.from({ length: 30 }, (_, i) => m(i + 1, `h${i}`));
    const d = diffMembers([], big, { change: "added", offset: 10, limit: 5 });
    expect(d.added).toBe(30);
    expect(d.entries.map((e) => e.conversationId)).toEqual([11, 12, 13, 14, 15]);
    expect(diffMembers(older, newer, { change: "edited" }).entries.map((e) => e.conversationId)).toEqual([3]);
  });

  it("refuses members out of order", () => {
    expect(() => diffMembers([m(2, "b"), m(1, "a")], [])).toThrow(/not sorted/);
  });
});
