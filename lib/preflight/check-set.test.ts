import { describe, expect, it } from "vitest";
import { billedTokens, defaultEpochs, trainingCostUsd } from "../models/fine-tunable-models";
import type { ExampleCheck } from "./check-example";
import { createSetCheck } from "./check-set";
import { ASSISTANT, chat, check, GPT35_OLD, MINI, SYSTEM } from "./example-fixtures";

const distinct = (i: number) => chat(SYSTEM, { role: "user", content: `Question number ${i}?` }, ASSISTANT);

/** A checked example of a given size, for the arithmetic tests. */
const sized = (total: number): ExampleCheck => ({ kind: "chat", record: distinct(total), findings: [], errorCount: 0, tokens: { total, assistant: 0 } });

function run(records: unknown[], opts: Partial<Parameters<typeof createSetCheck>[0]> = {}) {
  const set = createSetCheck({ model: MINI, ...opts });
  records.forEach((r, i) => set.add(i + 1, check(r, opts.model ?? MINI)));
  return set.finish();
}

describe("createSetCheck: size of the set", () => {
  it("reports too_few_examples below 10 as an error on line 0", () => {
    const report = run(Array.from({ length: 9 }, (_, i) => distinct(i)));
    expect(report.errors).toEqual([expect.objectContaining({ line: 0, code: "too_few_examples", path: "" })]);
    expect(report.errors[0].message).toContain("add 1 more");
    expect(run([]).errors[0].message).toMatch(/^no examples/);
  });

  it("warns few_examples from 10 to 49, and says nothing from 50", () => {
    const ten = run(Array.from({ length: 10 }, (_, i) => distinct(i)));
    expect(ten.errors).toEqual([]);
    expect(ten.warnings.map((w) => w.code)).toEqual(["few_examples"]);
    const fifty = run(Array.from({ length: 50 }, (_, i) => distinct(i)));
    expect(fifty.warnings).toEqual([]);
    expect(fifty.counts).toEqual({});
  });
});

describe("createSetCheck: exact duplicates", () => {
  it("names the first line of each conversation seen again, ignoring case and spacing", () => {
    const records = Array.from({ length: 12 }, (_, i) => distinct(i));
    records.push(chat(SYSTEM, { role: "user", content: "  QUESTION number 3 ?" }, ASSISTANT), distinct(3));
    const report = run(records);
    const duplicates = report.warnings.filter((w) => w.code === "exact_duplicate");
    expect(duplicates.map((w) => [w.line, w.message.match(/line (\d+)/)?.[1]])).toEqual([
      [13, "4"],
      [14, "4"],
    ]);
    expect(report.counts.exact_duplicate).toBe(2);
  });

  it("uses the caller's content hash when given", () => {
    const set = createSetCheck({ model: MINI });
    const hash = "ab".repeat(20);
    set.add(1, check(distinct(1)), { contentHash: hash });
    set.add(2, check(distinct(2)), { contentHash: hash });
    expect(
      set
        .finish()
        .warnings.filter((w) => w.code === "exact_duplicate")
        .map((w) => w.line),
    ).toEqual([2]);
  });

  it("leaves out examples with errors", () => {
    const broken = chat(SYSTEM, { role: "narrator", content: "x" }, ASSISTANT);
    const report = run([broken, broken, ...Array.from({ length: 10 }, (_, i) => distinct(i))]);
    expect(report.counts.exact_duplicate).toBeUndefined();
    expect(report.counts.unknown_role).toBe(2);
  });
});

describe("createSetCheck: labels", () => {
  const withLabels = (labels: string[][], limit?: number) => {
    const set = createSetCheck({ model: MINI, labelShareLimit: limit });
    labels.forEach((l, i) => set.add(i + 1, check(distinct(i)), { labels: l }));
    return set.finish().warnings.filter((w) => w.code === "unbalanced_labels");
  };
  // "refund" on the first n of ten examples; "billing" alone on the rest.
  const tenWith = (n: number) => Array.from({ length: 10 }, (_, i) => (i < n ? ["refund"] : ["billing"]));

  it("warns when one label is on more than half the examples, naming it and its share", () => {
    const found = withLabels(tenWith(6));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('label "refund" is on 60% of the examples (6 of 10)');
    expect(withLabels(tenWith(5))).toEqual([]);
  });

  it("honours the dataset's limit", () => {
    expect(withLabels(tenWith(3), 0.25)).toHaveLength(2);
  });
});

describe("createSetCheck: tokens, epochs and cost", () => {
  it("reports totals and percentiles over the examples", () => {
    const set = createSetCheck({ model: MINI });
    [70, 10, 100, 30, 50, 20, 90, 40, 60, 80].forEach((t, i) => set.add(i + 1, sized(t)));
    const report = set.finish();
    expect(report.tokens).toEqual({ total: 550, min: 10, p50: 50, p90: 90, max: 100 });
    expect(report.epochs).toBe(defaultEpochs(10));
    expect(report.billed_tokens).toBe(billedTokens([70, 10, 100, 30, 50, 20, 90, 40, 60, 80], MINI.maxTokensPerExample));
    expect(report).toMatchObject({ model: MINI.id, price_as_of: MINI.priceAsOf, over_limit: 0 });
  });

  it("bills examples over the limit at the limit, and counts them", () => {
    const set = createSetCheck({ model: GPT35_OLD });
    const sizes = [5000, 100, 4096, 9000];
    sizes.forEach((t, i) => set.add(i + 1, sized(t)));
    const report = set.finish();
    expect(report.over_limit).toBe(2);
    expect(report.billed_tokens).toBe(defaultEpochs(4) * (4096 + 100 + 4096 + 4096));
    expect(report.billed_tokens).toBe(billedTokens(sizes, 4096));
    expect(report.estimated_cost_usd).toBeCloseTo(trainingCostUsd(report.billed_tokens, GPT35_OLD), 6);
  });

  it("counts lines that are not examples, without their tokens", () => {
    const set = createSetCheck({ model: MINI });
    set.add(1, sized(40));
    set.add(2, check("not json"));
    set.add(3, check({ conversation: [] }));
    const report = set.finish();
    expect(report.examples).toBe(3);
    expect(report.tokens).toEqual({ total: 40, min: 40, p50: 40, p90: 40, max: 40 });
    expect(report.epochs).toBe(defaultEpochs(1));
  });
});

describe("createSetCheck: detail and counts", () => {
  it("keeps detail up to the cap per severity but counts everything", () => {
    const set = createSetCheck({ model: MINI, maxFindings: 2 });
    for (let i = 1; i <= 5; i++) set.add(i, check(`{"broken": ${i}`));
    const report = set.finish();
    expect(report.errors.map((e) => e.line)).toEqual([0, 1, 2]); // the set-level error is always kept
    expect(report.counts).toEqual({ invalid_json: 5, too_few_examples: 1 });
    expect(report.truncated).toBe(true);
  });

  it("gives each finding its line and the example's path", () => {
    const set = createSetCheck({ model: MINI });
    set.add(7, check(chat(SYSTEM, { role: "user", content: "" }, ASSISTANT)));
    expect(set.finish().errors[1]).toMatchObject({ line: 7, code: "missing_content", path: "messages[1].content" });
  });
});
