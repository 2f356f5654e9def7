import { describe, expect, it } from "vitest";
import { chunkBounds, cutText, safeEnd } from "./cut-text";

const EMOJI = "😀"; // two UTF-16 units

describe("cutText", () => {
  it("keeps short texts whole and cuts long ones at the count", () => {
    expect(cutText("hello", 10)).toBe("hello");
    expect(cutText("hello", 5)).toBe("hello");
    expect(cutText("hello world", 5)).toBe("hello");
  });

  it("never splits a surrogate pair", () => {
    const text = `abc${EMOJI}def`;
    // Index 4 falls between the two halves of the emoji: the cut moves back before it.
    expect(cutText(text, 4)).toBe("abc");
    expect(cutText(text, 5)).toBe(`abc${EMOJI}`);
    for (let n = 0; n <= text.length; n++) expect(() => encodeURIComponent(cutText(text, n))).not.toThrow();
  });

  it("handles a text made only of pairs", () => {
    const text = EMOJI.repeat(10_001);
    const cut = cutText(text, 20_001);
    expect(cut.length).toBe(20_000);
    expect(cut).toBe(EMOJI.repeat(10_000));
  });
});

describe("safeEnd and chunkBounds", () => {
  it("clamps to the text", () => {
    expect(safeEnd("abc", -1)).toBe(0);
    expect(safeEnd("abc", 9)).toBe(3);
  });

  it("walks a text in chunks that rebuild it exactly, pairs intact", () => {
    const text = `${"x".repeat(3)}${EMOJI}${"y".repeat(2)}${EMOJI}${EMOJI}z`;
    for (const size of [1, 2, 3, 4, 5]) {
      const parts: string[] = [];
      let offset = 0;
      while (offset < text.length) {
        const { start, end } = chunkBounds(text, offset, size);
        expect(end).toBeGreaterThan(start);
        parts.push(text.slice(start, end));
        offset = end;
      }
      expect(parts.join("")).toBe(text);
      for (const p of parts) expect(() => encodeURIComponent(p)).not.toThrow();
    }
  });

  it("answers an empty chunk at or past the end", () => {
    expect(chunkBounds("abc", 3, 10)).toEqual({ start: 3, end: 3 });
    expect(chunkBounds("abc", 99, 10)).toEqual({ start: 3, end: 3 });
  });
});
