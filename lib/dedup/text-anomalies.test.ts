import { describe, expect, it } from "vitest";
import { anomalyTotal, describeAnomalies, textAnomalies } from "./text-anomalies";

describe("textAnomalies", () => {
  it("counts double spaces between words, runs of ?! and texts that start or end with a space", () => {
    const a = textAnomalies(["how do I turn on  two-factor   authentication??", " Open Settings!! "]);
    expect(a).toEqual({ double_space: 2, repeated_punctuation: 2, edge_space: 2 });
    expect(anomalyTotal(a)).toBe(6);
    expect(describeAnomalies(a)).toBe("double spaces ×2, repeated ?! ×2, leading or trailing space ×2");
  });

  it("finds nothing in a tidy text, in indented code or in a markdown hard break", () => {
    const code = "Run this:\n\n    npm install\n    npm start";
    const a = textAnomalies(["How do I turn on two-factor authentication?", code, "First line  \nsecond line", "Really?! Yes."]);
    expect(a).toEqual({ double_space: 0, repeated_punctuation: 1, edge_space: 0 });
    expect(describeAnomalies(textAnomalies(["Tidy."]))).toBe("");
  });

  it("does not call an empty message's nothing a leading space", () => {
    expect(textAnomalies(["", "   "]).edge_space).toBe(0);
  });
});
