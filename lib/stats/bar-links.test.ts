import { describe, expect, it } from "vitest";
import { ConversationFilterSchema } from "../validation/conversation-filter";
import { facetFilter, rangeFilter, statsHref, tableHref } from "./bar-links";

const parse = (qs: string) => ConversationFilterSchema.parse(Object.fromEntries(new URLSearchParams(qs)));

describe("links from statistics bars to the table", () => {
  it("keeps the page's filter and adds the bin as tokensMin/tokensMax, in one canonical order", () => {
    const f = rangeFilter(parse("label=billing&status=approved"), "tokens", 512, 768);
    expect(tableHref("ds1", f!)).toBe("/datasets/ds1?status=approved&label=billing&tokensMin=512&tokensMax=768");
    // Read back by the table's own schema, the link means the same range.
    expect(parse(tableHref("ds1", f!).split("?")[1])).toMatchObject({ tokensMin: 512, tokensMax: 768, status: "approved" });
  });

  it("leaves out a lower bound of 0, which every record meets, and an upper bound of Infinity", () => {
    expect(tableHref("ds1", rangeFilter(parse(""), "turns", 0, 2)!)).toBe("/datasets/ds1?turnsMax=2");
    expect(tableHref("ds1", rangeFilter(parse(""), "tokens", 65_537, Infinity)!)).toBe("/datasets/ds1?tokensMin=65537");
  });

  it("intersects a bin with a range the page is already filtered to", () => {
    const f = rangeFilter(parse("tokensMin=600&assistantTokensMax=90"), "tokens", 512, 768);
    expect(f).toMatchObject({ tokensMin: 600, tokensMax: 768, assistantTokensMax: 90 });
    expect(rangeFilter(parse("tokensMax=100"), "tokens", 512, 768)).toBeNull();
  });

  it("sets a status, label, language or system prompt, unless the filter names another one", () => {
    expect(tableHref("ds1", facetFilter(parse("q=refund"), "language", "deu")!)).toBe("/datasets/ds1?q=refund&language=deu");
    expect(tableHref("ds1", facetFilter(parse(""), "system", "none")!)).toBe("/datasets/ds1?system=none");
    expect(facetFilter(parse("label=billing"), "label", "billing")).toMatchObject({ label: "billing" });
    expect(facetFilter(parse("label=billing"), "label", "shipping")).toBeNull();
  });

  it("points the statistics page at the same filter as the table", () => {
    expect(statsHref("ds1", parse("status=rejected&language=eng"))).toBe("/datasets/ds1/stats?status=rejected&language=eng");
    expect(statsHref("ds1", {})).toBe("/datasets/ds1/stats");
  });
});
