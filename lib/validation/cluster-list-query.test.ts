import { describe, expect, it } from "vitest";
import { ClusterListQuerySchema, clusterListHref } from "./cluster-list-query";

describe("the Duplicates page's query", () => {
  it("defaults to the unresolved clusters from the first page and ignores unreadable values", () => {
    expect(ClusterListQuerySchema.parse({})).toEqual({ state: "unresolved", kind: undefined, offset: 0, leakage_offset: 0 });
    expect(ClusterListQuerySchema.parse({ state: "bogus", kind: "fuzzy", offset: "-3", leakage_offset: "x" })).toEqual({
      state: "unresolved",
      kind: undefined,
      offset: 0,
      leakage_offset: 0,
    });
    expect(ClusterListQuerySchema.parse({ state: "all", kind: "exact", offset: "50" })).toMatchObject({ state: "all", kind: "exact", offset: 50 });
  });

  it("builds links that leave defaults out and go back to the first page on a new filter", () => {
    const q = ClusterListQuerySchema.parse({ state: "all", offset: "100", leakage_offset: "50" });
    expect(clusterListHref("d1", q, { offset: 150 })).toBe("/datasets/d1/duplicates?state=all&offset=150&leakage_offset=50");
    expect(clusterListHref("d1", q, { kind: "near" })).toBe("/datasets/d1/duplicates?state=all&kind=near&leakage_offset=50");
    expect(clusterListHref("d1", ClusterListQuerySchema.parse({}), {})).toBe("/datasets/d1/duplicates");
  });
});
