import { describe, expect, it } from "vitest";
import { shingleSet } from "../dedup/shingles";
import { normalizedWords } from "./text-words";

describe("normalizedWords", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(normalizedWords("  The answer is: 42!\n")).toEqual(["the", "answer", "is", "42"]);
    expect(normalizedWords("the ANSWER is 42")).toEqual(normalizedWords("The answer, is... 42"));
  });

  it("applies NFKC and drops invisible characters", () => {
    expect(normalizedWords("Ｃａｆé co\u00adop")).toEqual(["café", "coop"]);
    // A decomposed é composes under NFKC, so both spellings are one word.
    expect(normalizedWords("cafe\u0301")).toEqual(normalizedWords("café"));
  });

  it("counts each Chinese or Japanese character as a word", () => {
    expect(normalizedWords("東京は大きい")).toEqual(["東", "京", "は", "大", "き", "い"]);
  });

  it("is empty for text without letters or digits", () => {
    expect(normalizedWords("")).toEqual([]);
    expect(normalizedWords(" -- ?! ")).toEqual([]);
  });

  it("sees two texts as equal exactly when near-duplicate search sees them as one", () => {
    const same = (a: string, b: string) => normalizedWords(a).join(" ") === normalizedWords(b).join(" ");
    const sameShingles = (a: string, b: string) => shingleSet([{ role: "user", text: a }]).join() === shingleSet([{ role: "user", text: b }]).join();
    const pairs: [string, string][] = [
      ["Hello World, how are you?", "hello world how are you"],
      ["Ｈｅｌｌｏ　Ｗｏｒｌｄ today", "hello world today"],
      ["zero\u200bwidth text here", "zerowidth text here"],
      ["Hello World, how are you?", "Hello World, who are you?"],
    ];
    for (const [a, b] of pairs) expect(same(a, b)).toBe(sameShingles(a, b));
  });
});
