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

  it("counts every byte of the file, the last line without newline included", async () => {
    const text = "ab\r\n\nhé\nlast";
    const lines = [];
    for await (const l of splitLines(chunksOf(text, 2))) lines.push(l);
    expect(lines.map((l) => l.bytes)).toEqual([4, 1, 4, 4]);
    expect(lines.reduce((n, l) => n + l.bytes, 0)).toBe(Buffer.byteLength(text));
  });

  it("numbers on from a resumed import's first line", async () => {
    const out = [];
    for await (const l of splitLines(chunksOf("x\ny\n", 1), { firstLine: 41, offset: 1000 })) out.push([l.line, l.text]);
    expect(out).toEqual([
      [41, "x"],
      [42, "y"],
    ]);
  });

  it("marks a line that is not UTF-8 with its first bad byte and keeps its bytes", async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":1}\n{"b":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\r\nok\n')]);
    const lines = [];
    for await (const l of splitLines(chunksOf(bytes, 3))) lines.push(l);
    expect(lines.map((l) => l.invalidUtf8?.byte)).toEqual([undefined, 7, undefined]);
    expect(Buffer.from(lines[1].invalidUtf8!.raw)).toEqual(Buffer.concat([Buffer.from('{"b":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    expect(lines[1].text).toBe('{"b":"\ufffd\ufffd"}');
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
    const gen = splitLines(chunksOf("a".repeat(100), 10), { maxLineBytes: 50 });
    await expect(async () => {
      for await (const _ of gen) void _;
    }).rejects.toBeInstanceOf(LineTooLongError);
  });
});
