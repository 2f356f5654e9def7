import { describe, expect, it } from "vitest";
import { random32 } from "../test/random32";
import { mix32, splitWords, WordList } from "./word-splitter";

function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return mix32(h);
}

const list = new WordList();

function split(text: string): { word: string; hash: number }[] {
  splitWords(text, list);
  return Array.from({ length: list.length }, (_, i) => ({ word: list.word(i), hash: list.hashes[i] }));
}

describe("splitWords", () => {
  it("reports plain ASCII words lower-cased, split at anything but letters and digits", () => {
    expect(split("Hello, World! It's 42-ish.").map((w) => w.word)).toEqual(["hello", "world", "it", "s", "42", "ish"]);
    expect(split("  ...  ")).toEqual([]);
    expect(split("")).toEqual([]);
  });

  it("normalises other text before splitting it", () => {
    expect(split("Ｈｅｌｌｏ　Wörld").map((w) => w.word)).toEqual(["hello", "wörld"]);
    expect(split("STRASSE Straße").map((w) => w.word)).toEqual(["strasse", "straße"]);
  });

  it("drops invisible characters inside a word instead of splitting at them", () => {
    expect(split("co\u00adoperate zero\u200bwidth\ufeff é").map((w) => w.word)).toEqual(["cooperate", "zerowidth", "é"]);
  });

  it("makes each Chinese or Japanese character a word", () => {
    expect(split("東京abcカタ\u{20000}x").map((w) => w.word)).toEqual(["東", "京", "abc", "カ", "タ", "\u{20000}", "x"]);
  });

  it("replaces what the list held before", () => {
    split("one two three four");
    expect(split("five").map((w) => w.word)).toEqual(["five"]);
  });

  it("grows past its first capacity", () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    expect(split(words.join(" ")).map((w) => w.word)).toEqual(words);
    expect(split(`${words.join(" ")} é`).map((w) => w.word)).toEqual([...words, "é"]);
  });

  it("hashes exactly the code units of the word it reports", () => {
    // The signer keeps only hashes and evaluation only words: they must describe the same word.
    const pieces = [
      "Quick",
      "BROWN",
      "fox,",
      "東京都",
      "ｆｕｌｌ",
      "Straße",
      "co\u00adop",
      "😀x",
      "\u{20000}ab",
      "e\u0301",
      " ",
      "\n",
      "!?",
      "İstanbul",
      "ǅ",
      "\u200b",
    ];
    const next = random32(5);
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = next() % 12; k > 0; k--) text += pieces[next() % pieces.length];
      for (const { word, hash } of split(text)) {
        expect(word.length).toBeGreaterThan(0);
        expect(hash).toBe(fnv(word));
      }
    }
  });
});
