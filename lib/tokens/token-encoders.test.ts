import { describe, expect, it } from "vitest";
import { encode as encodeCl100k } from "gpt-tokenizer/encoding/cl100k_base";
import { encode as encodeO200k } from "gpt-tokenizer/encoding/o200k_base";
import { countTextTokens, isTokenEncoding } from "./token-encoders";

// The per-string counts the hand-worked examples in count-tokens.test.ts rely
// on, checked against the library's own encoders so a wrong assumption shows
// up here rather than as a puzzling record total.
const ordinary = { disallowedSpecial: new Set<string>() };
const samples: Array<[string, number, number]> = [
  ["hello world", 2, 2],
  ["system", 1, 1],
  ["user", 1, 1],
  ["assistant", 1, 1],
  ["tool", 1, 1],
  ["You are a helpful assistant.", 6, 6],
  ["What is 2+2?", 7, 7],
  ["2 + 2 = 4.", 8, 8],
  ["get_weather", 2, 2],
  ['{"city":"Paris"}', 5, 5],
  ["Sunny, 21°C.", 6, 7],
  ["It is sunny in Paris.", 6, 6],
  ["Describe this image.", 4, 4],
  ["Translate to French: cat", 5, 5],
  ["chien", 1, 2],
  ["こんにちは、世界！", 4, 6],
  ["<|endoftext|>", 7, 7],
];

describe("countTextTokens", () => {
  it.each(samples)("%j has the expected counts", (text, o200k, cl100k) => {
    expect(countTextTokens(text, "o200k_base")).toBe(o200k);
    expect(countTextTokens(text, "cl100k_base")).toBe(cl100k);
    expect(encodeO200k(text, ordinary)).toHaveLength(o200k);
    expect(encodeCl100k(text, ordinary)).toHaveLength(cl100k);
  });

  it("counts the empty string as zero", () => {
    expect(countTextTokens("", "o200k_base")).toBe(0);
  });

  it("recognises encoding names", () => {
    expect(isTokenEncoding("o200k_base")).toBe(true);
    expect(isTokenEncoding("p50k_base")).toBe(false);
  });
});
