import { describe, expect, it } from "vitest";
import { categoryLabel, combineVerdicts, NOTHING_TO_SCAN, parseVerdict, ResultCountMismatch } from "./moderation-verdict";

const result = (scores: Record<string, number>) => ({
  flagged: Object.values(scores).some((s) => s >= 0.5),
  categories: Object.fromEntries(Object.entries(scores).map(([c, s]) => [c, s >= 0.5])),
  category_scores: scores,
});

describe("a record's verdict from its inputs' results", () => {
  it("is flagged when any of its inputs is, with the flagged categories by score and the top one", () => {
    const verdicts = combineVerdicts(
      [1, 2, 3],
      [
        {
          batch: { inputs: ["a", "b", "c"], owners: [1, 1, 2] },
          results: [result({ violence: 0.2, hate: 0.01 }), result({ violence: 0.6, harassment: 0.9 }), result({ violence: 0.001 })],
        },
      ],
    );
    expect(verdicts.get(1)).toEqual({ flagged: true, categories: ["harassment", "violence"], top: { category: "harassment", score: 0.9 } });
    expect(verdicts.get(2)).toEqual({ flagged: false, categories: [], top: { category: "violence", score: 0.001 } });
    expect(verdicts.get(3)).toEqual(NOTHING_TO_SCAN);
  });

  it("joins a record whose inputs came back in two requests", () => {
    const verdicts = combineVerdicts(
      [5],
      [
        { batch: { inputs: ["a"], owners: [5] }, results: [result({ "self-harm": 0.1 })] },
        { batch: { inputs: ["b"], owners: [5] }, results: [result({ "self-harm": 0.7, "self-harm/intent": 0.8 })] },
      ],
    );
    expect(verdicts.get(5)).toEqual({ flagged: true, categories: ["self-harm/intent", "self-harm"], top: { category: "self-harm/intent", score: 0.8 } });
  });

  it("refuses to match results to records when their counts differ", () => {
    expect(() => combineVerdicts([1], [{ batch: { inputs: ["a", "b"], owners: [1, 1] }, results: [result({})] }])).toThrow(ResultCountMismatch);
  });

  it("reads a stored verdict back, and treats anything unreadable as never scanned", () => {
    const v = { flagged: true, categories: ["violence"], top: { category: "violence", score: 0.99 } };
    expect(parseVerdict(JSON.stringify(v))).toEqual(v);
    expect(parseVerdict(null)).toBeNull();
    expect(parseVerdict("{oops")).toBeNull();
    expect(parseVerdict('{"flagged":"yes"}')).toBeNull();
  });

  it("names categories for people", () => {
    expect(categoryLabel("harassment/threatening")).toBe("harassment (threatening)");
    expect(categoryLabel("violence")).toBe("violence");
  });
});
