import { describe, expect, it } from "vitest";
import { mayHoldSpecialToken, specialTokenIn, specialTokensOf } from "./special-tokens";

describe("special tokens", () => {
  it("lists each encoding's special tokens and the chat-format markers", () => {
    for (const encoding of ["o200k_base", "cl100k_base"] as const) {
      const tokens = specialTokensOf(encoding);
      expect(tokens).toEqual(expect.arrayContaining(["<|endoftext|>", "<|endofprompt|>", "<|im_start|>", "<|im_end|>", "<|im_sep|>"]));
      expect(new Set(tokens).size).toBe(tokens.length);
    }
  });

  it("finds the token a text holds, and nothing in look-alikes", () => {
    const tokens = specialTokensOf("o200k_base");
    expect(specialTokenIn("end<|endoftext|>", tokens)).toBe("<|endoftext|>");
    expect(specialTokenIn("<| endoftext |> and <|other|>", tokens)).toBeUndefined();
  });

  it("sends a raw line to the full walk only when it could hold one", () => {
    expect(mayHoldSpecialToken('{"a": "<|x"}')).toBe(true);
    expect(mayHoldSpecialToken('{"a": "\\u003c|endoftext|>"}')).toBe(true);
    expect(mayHoldSpecialToken('{"a": "<b>|"}')).toBe(false);
  });
});
