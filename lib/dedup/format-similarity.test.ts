import { describe, expect, it } from "vitest";
import { formatSimilarity, similarityNote } from "./format-similarity";

describe("formatSimilarity", () => {
  it("prints two decimals rounded down", () => {
    expect(formatSimilarity(0.8749)).toBe("0.87");
    expect(formatSimilarity(0.29)).toBe("0.29");
    expect(formatSimilarity(0.8)).toBe("0.80");
    expect(formatSimilarity(0.9999)).toBe("0.99");
    expect(formatSimilarity(1)).toBe("1.00");
  });

  it("prints exact clusters as 1.00", () => {
    expect(formatSimilarity(0.5, "exact")).toBe("1.00");
  });

  it("explains a cluster whose members read as the same, and only those", () => {
    expect(similarityNote(1, "near")).toBe("identical after normalising case, spacing and punctuation");
    expect(similarityNote(0.5, "exact")).toBe("identical after normalising case and spacing");
    expect(similarityNote(0.9999, "near")).toBeNull();
  });
});
