import { describe, expect, it } from "vitest";
import type { Turn } from "../formats/normalize";
import { scopeKey } from "./scope";
import { jaccard, shingleSet } from "./shingles";

const user = (text: string): Turn[] => [{ role: "user", text }];
const set = (...values: number[]) => Uint32Array.from(values).sort();

describe("shingleSet normalises like the exact-duplicate key", () => {
  const base = "Hello World, how are you today? I am fine.";

  // Each variant differs from `base` only in what an exact duplicate ignores, so
  // near-duplicate search must see the same shingles as the exact key sees one text.
  it.each([
    ["case", "HELLO world, HOW are you today? i am FINE."],
    ["whitespace", "  Hello\n\tWorld,   how are you\u00a0today? I am fine.  "],
    ["punctuation spacing", "Hello World ,how are you today ?I am fine ."],
    ["full-width letters (NFKC)", "Ｈｅｌｌｏ　Ｗｏｒｌｄ, how are you today? I am fine."],
  ])("%s gives the same shingles and the same key", (_, variant) => {
    expect(shingleSet(user(variant))).toEqual(shingleSet(user(base)));
    expect(scopeKey(user(variant))).toBe(scopeKey(user(base)));
  });

  it("drops invisible format characters inside words, as the key does", () => {
    // Text pasted from web pages and PDFs carries soft hyphens and zero-width spaces.
    const hidden = "co\u00adoperate with the zero\u200bwidth team\ufeff today";
    const plain = "cooperate with the zerowidth team today";
    expect(scopeKey(user(hidden))).toBe(scopeKey(user(plain)));
    expect(shingleSet(user(hidden))).toEqual(shingleSet(user(plain)));
  });

  it("tells different words apart", () => {
    const other = "Hello World, who are you today? I am fine.";
    expect(jaccard(shingleSet(user(other)), shingleSet(user(base)))).toBeLessThan(1);
    expect(scopeKey(user(other))).not.toBe(scopeKey(user(base)));
  });

  it("splits Chinese and Japanese text into one word per character", () => {
    // Five characters make three 3-word shingles; spaces between them change nothing.
    expect(shingleSet(user("東京都庁舎"))).toHaveLength(3);
    expect(shingleSet(user("東 京 都 庁 舎"))).toEqual(shingleSet(user("東京都庁舎")));
    expect(shingleSet(user("abc東京def"))).toHaveLength(2);
  });
});

describe("shingleSet and turns", () => {
  it("salts shingles with the role: a user turn never matches an assistant turn", () => {
    const text = "the same words spoken by either side of the conversation";
    const asUser = shingleSet([{ role: "user", text }]);
    const asAssistant = shingleSet([{ role: "assistant", text }]);
    expect(asUser.length).toBeGreaterThan(0);
    expect(jaccard(asUser, asAssistant)).toBe(0);
  });

  it("makes a turn shorter than a shingle into one shingle of all its words", () => {
    expect(shingleSet(user("Thanks a"))).toHaveLength(1);
    expect(shingleSet(user("thanks"))).toHaveLength(1);
    expect(shingleSet(user("thanks"))).not.toEqual(shingleSet(user("thanks a")));
  });

  it("never lets a shingle span two turns", () => {
    const two = shingleSet([
      { role: "user", text: "alpha beta gamma" },
      { role: "user", text: "delta epsilon zeta" },
    ]);
    const one = shingleSet(user("alpha beta gamma delta epsilon zeta"));
    // Two turns of three words are two shingles; as one turn they are four, of which
    // only the two within the old turns are shared.
    expect(two).toHaveLength(2);
    expect(one).toHaveLength(4);
    expect(jaccard(two, one)).toBe(2 / 4);
  });

  it("is empty when there are no words", () => {
    expect(shingleSet(user(" ... ?! "))).toHaveLength(0);
    expect(shingleSet([])).toHaveLength(0);
  });
});

describe("jaccard", () => {
  it("is shared over union on small sets", () => {
    expect(jaccard(set(1, 2, 3), set(2, 3, 4))).toBe(2 / 4);
    expect(jaccard(set(1, 2, 3, 4), set(1))).toBe(1 / 4);
    expect(jaccard(set(1, 2), set(3, 4))).toBe(0);
    expect(jaccard(set(5, 0xffffffff), set(0xffffffff))).toBe(1 / 2);
  });

  it("is 1 for identical sets and 0 against an empty one", () => {
    expect(jaccard(set(7, 8, 9), set(7, 8, 9))).toBe(1);
    expect(jaccard(set(7), set())).toBe(0);
    // Two empty sets are equal; the caller skips records without text before this.
    expect(jaccard(set(), set())).toBe(1);
  });
});
