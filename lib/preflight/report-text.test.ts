import { describe, expect, it } from "vitest";
import type { PreflightReport } from "./check-set";
import { GPT35_OLD, MINI } from "./example-fixtures";
import { errorTotal, formatReport } from "./report-text";

const base: PreflightReport = {
  examples: 120,
  errors: [],
  warnings: [],
  tokens: { total: 1200, min: 5, p50: 10, p90: 15, max: 20 },
  over_limit: 0,
  epochs: 3,
  billed_tokens: 3600,
  estimated_cost_usd: 0.0108,
  counts: {},
  truncated: false,
  model: MINI.id,
  price_as_of: MINI.priceAsOf,
};

const missing = (line: number, path: string) => ({
  line,
  code: "missing_content" as const,
  path,
  message: "user message has empty content: add its text, or remove the message",
});

describe("formatReport", () => {
  it("shows each different finding once and lists the other lines", () => {
    const errors = [
      missing(2, "messages[1].content"),
      missing(5, "messages[1].content"),
      missing(9, "messages[3].content"),
      missing(11, "messages[1].content"),
    ];
    const text = formatReport({ ...base, errors, counts: { missing_content: 4 } }, "a.jsonl", MINI);
    expect(text).toContain("a.jsonl: 120 examples checked for gpt-4o-mini-2024-07-18: 4 errors, 0 warnings");
    expect(text).toContain("    line 2 messages[1].content: user message has empty content");
    expect(text).toContain("    line 9 messages[3].content: user message has empty content");
    expect(text).toContain("    … and 2 more on lines 5, 11");
    expect(text).not.toContain("line 5 messages");
  });

  it("says when details were cut and counts come from the full run", () => {
    const text = formatReport({ ...base, errors: [missing(2, "messages[1].content")], counts: { missing_content: 5000 }, truncated: true }, "a.jsonl", MINI);
    expect(text).toContain("… and 4,999 more");
    expect(text).toContain("Only the first findings");
  });

  it("gives the token figures, the limit, the epochs and the dated price", () => {
    const text = formatReport({ ...base, over_limit: 2, model: GPT35_OLD.id, estimated_cost_usd: 123.456 }, "a.jsonl", GPT35_OLD);
    expect(text).toContain("min 5, median 10, 90th percentile 15, max 20");
    expect(text).toContain("2 examples over the 4,096-token limit will be truncated");
    expect(text).toContain("3 epochs, 3,600 billed tokens, about $123.46 at $8.00 per 1M training tokens (price as of 2025-04-14)");
    expect(formatReport({ ...base, estimated_cost_usd: 0.004 }, "a.jsonl", MINI)).toContain("billed tokens, under $0.01 at");
  });
});

describe("errorTotal", () => {
  it("adds up error codes only", () => {
    expect(errorTotal({ ...base, counts: { invalid_json: 2, too_few_examples: 1, unknown_key: 7 } })).toBe(3);
  });
});
