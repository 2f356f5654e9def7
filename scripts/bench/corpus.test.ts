import { describe, expect, it } from "vitest";
import { parseLine } from "../../lib/formats/parse-line";
import { corpusLines } from "./corpus";

// The benchmark's numbers are only comparable across runs if the corpus is the same
// every time and looks like what users import.

const take = (n: number, seed?: number) => {
  const source = corpusLines(seed);
  return Array.from({ length: n }, () => source.next().value as string);
};

describe("benchmark corpus", () => {
  it("is the same for the same seed and different for another", () => {
    expect(take(300)).toEqual(take(300));
    expect(take(50, 1)).not.toEqual(take(50));
  });

  it("is mostly valid chat lines of about 1 KB, with some tool use", () => {
    const lines = take(3000);
    const kinds = lines.map((l) => parseLine(l).kind);
    const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0) / lines.length;
    expect(kinds.filter((k) => k === "chat").length).toBeGreaterThan(2970);
    expect(kinds).not.toContain("blank");
    expect(bytes).toBeGreaterThan(800);
    expect(bytes).toBeLessThan(1300);
    expect(lines.filter((l) => l.includes('"tool_calls"')).length).toBeGreaterThan(300);
  });
});
