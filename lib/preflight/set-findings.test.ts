import { describe, expect, it } from "vitest";
import { setFindings, type SetCounts } from "./set-findings";

const base: SetCounts = { examples: 100, duplicates: 0, labels: [], labelShareLimit: 0.5 };
const codes = (s: Partial<SetCounts>) => setFindings({ ...base, ...s }).map((f) => f.code);

describe("set findings", () => {
  it("needs at least 10 examples, and warns below 50", () => {
    expect(codes({ examples: 9 })).toEqual(["too_few_examples"]);
    expect(setFindings({ ...base, examples: 9 })[0].severity).toBe("error");
    expect(codes({ examples: 10 })).toEqual(["few_examples"]);
    expect(codes({ examples: 49 })).toEqual(["few_examples"]);
    expect(codes({ examples: 50 })).toEqual([]);
  });

  it("calls an empty set too small, saying how many to add", () => {
    expect(codes({ examples: 0 })).toEqual(["too_few_examples"]);
    expect(setFindings({ ...base, examples: 0 })[0].message).toBe("no examples: OpenAI needs at least 10 to start a fine-tune; add 10 more");
    expect(setFindings({ ...base, examples: 7 })[0].message).toContain("only 7 examples");
  });

  it("counts exact duplicates as a warning", () => {
    const [f] = setFindings({ ...base, duplicates: 3 });
    expect(f).toMatchObject({ code: "exact_duplicate", severity: "warning", records: 3 });
    expect(f.message).toContain("3 examples repeat");
  });

  it("flags one label over the configured share, and not at it", () => {
    expect(
      codes({
        labels: [
          { name: "billing", count: 51 },
          { name: "other", count: 10 },
        ],
      }),
    ).toEqual(["unbalanced_labels"]);
    expect(codes({ labels: [{ name: "billing", count: 50 }] })).toEqual([]);
    expect(codes({ labels: [{ name: "billing", count: 61 }], labelShareLimit: 0.7 })).toEqual([]);
    expect(setFindings({ ...base, labels: [{ name: "billing", count: 80 }] })[0].message).toContain('"billing" is on 80% of the examples (80 of 100)');
    // Under a low limit, every label above it is named.
    expect(
      codes({
        labels: [
          { name: "a", count: 40 },
          { name: "b", count: 35 },
          { name: "c", count: 25 },
        ],
        labelShareLimit: 0.3,
      }),
    ).toEqual(["unbalanced_labels", "unbalanced_labels"]);
  });
});
