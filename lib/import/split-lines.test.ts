import { describe, expect, it } from "vitest";
import { BinaryFileError, LineTooLongError, splitLines } from "./split-lines";

async function* chunksOf(text: string | Uint8Array, size: number) {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(text: string | Uint8Array, size = 3) {
  const out = [];
  for await (const l of splitLines(chunksOf(text, size))) out.push([l.line, l.text]);
  return out;
}

describe("splitLines", () => {
  it("numbers every line, blank ones included, across chunk borders", async () => {
    expect(await collect('{"a":1}\n\n{"b":2}\n')).toEqual([
      [1, '{"a":1}'],
      [2, ""],
      [3, '{"b":2}'],
    ]);
  });

  it("keeps a last line without newline and strips CR of CRLF files", async () => {
    expect(await collect("x\r\ny", 1)).toEqual([
      [1, "x"],
      [2, "y"],
    ]);
  });

  it("decodes multi-byte characters split between chunks", async () => {
    expect(await collect("héllo ✓\nnext", 1)).toEqual([
      [1, "héllo ✓"],
      [2, "next"],
    ]);
  });

  it("yields nothing for an empty file", async () => {
    expect(await collect("")).toEqual([]);
  });

  it("refuses binary files with the offset of the first NUL byte", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]);
    await expect(collect(bytes)).rejects.toBeInstanceOf(BinaryFileError);
    await expect(collect(bytes)).rejects.toThrow(/byte 5/);
  });

  it("bounds the length of one line", async () => {
    const gen = splitLines(chunksOf("a".repeat(100), 10), 50);
    await expect(async () => {
      for await (const _ of gen) void _;
    }).rejects.toBeInstanceOf(LineTooLongError);
  });
});
