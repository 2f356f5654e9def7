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

  it("says nothing about size for an empty selection", () => {
    expect(codes({ examples: 0 })).toEqual([]);
  });

  it("counts exact duplicates as a warning", () => {
    const [f] = setFindings({ ...base, duplicates: 3 });
    expect(f).toMatchObject({ code: "exact_duplicate", severity: "warning", records: 3 });
    expect(f.message).toContain("3 examples repeat");
  });

  it("flags one label over the configured share, and not at it", () => {
    expect(codes({ labels: [{ name: "billing", count: 51 }, { name: "other", count: 10 }] })).toEqual(["unbalanced_labels"]);
    expect(codes({ labels: [{ name: "billing", count: 50 }] })).toEqual([]);
    expect(codes({ labels: [{ name: "billing", count: 61 }], labelShareLimit: 0.7 })).toEqual([]);
    expect(setFindings({ ...base, labels: [{ name: "billing", count: 80 }] })[0].message).toContain('"billing" is on 80%');
  });
});
