import { describe, expect, it } from "vitest";
import { invalidUtf8At, invalidUtf8Message } from "./utf8";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("invalidUtf8At", () => {
  it("passes well-formed text, multi-byte characters included", () => {
    expect(invalidUtf8At(bytes('{"a":"héllo ✓ 𝄞"}'))).toBe(-1);
    expect(invalidUtf8At(new Uint8Array(0))).toBe(-1);
  });

  it("gives the index of the first bad byte", () => {
    expect(invalidUtf8At(bytes('{"a":"', [0xff, 0xfe], '"}'))).toBe(6);
    expect(invalidUtf8At(bytes("é", [0x80]))).toBe(2);
  });

  it("points at the start of a sequence that is cut short, inside the line or at its end", () => {
    expect(invalidUtf8At(bytes("ab", [0xe2, 0x82], "c"))).toBe(2);
    expect(invalidUtf8At(bytes("ab", [0xf0, 0x9d, 0x84]))).toBe(2);
  });

  it("refuses overlong forms, surrogates and code points past U+10FFFF", () => {
    expect(invalidUtf8At(bytes([0xc0, 0x80]))).toBe(0);
    expect(invalidUtf8At(bytes("x", [0xe0, 0x80, 0x80]))).toBe(1);
    expect(invalidUtf8At(bytes("xy", [0xed, 0xa0, 0x80]))).toBe(2);
    expect(invalidUtf8At(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8At(bytes([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
  });

  it("agrees with a fatal decoder on every two-byte sequence", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    const disagreements: string[] = [];
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const input = new Uint8Array([a, b]);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        if ((invalidUtf8At(input) === -1) !== valid) disagreements.push(`${a} ${b}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("words the error with a byte counted from 1", () => {
    expect(invalidUtf8Message(7)).toBe("invalid UTF-8 at byte 7");
  });
});
