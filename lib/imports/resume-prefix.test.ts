import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { afterPrefix, PrefixMismatchError } from "./resume-prefix";

const file = Buffer.from(Array.from({ length: 50 }, (_, i) => `{"line":${i + 1}}\n`).join(""));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const prefix = (bytes: number) => ({ bytes, sha256: sha(file.subarray(0, bytes)) });

async function* chunksOf(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function rest(bytes: Uint8Array, stored: { bytes: number; sha256: string }, size: number) {
  const hash = createHash("sha256");
  const out: Uint8Array[] = [];
  for await (const c of afterPrefix(chunksOf(bytes, size), stored, hash)) out.push(c);
  return { rest: Buffer.concat(out), hash };
}

describe("afterPrefix", () => {
  it.each([1, 7, 64, 10_000])("skips exactly the stored bytes and yields the rest (chunks of %i)", async (size) => {
    const at = file.indexOf("\n", 200) + 1;
    const { rest: tail, hash } = await rest(file, prefix(at), size);
    expect(Buffer.concat([file.subarray(0, at), tail])).toEqual(file);
    // The hash went through the skipped part, so the caller can go on hashing to the whole file.
    expect(hash.update(tail).digest("hex")).toBe(sha(file));
  });

  it("yields the whole file when nothing was stored yet", async () => {
    expect((await rest(file, prefix(0), 13)).rest).toEqual(file);
  });

  it("refuses another file before yielding any of it", async () => {
    const other = Buffer.from(file);
    other[10] = 0x41;
    const seen: Uint8Array[] = [];
    const attempt = (async () => {
      for await (const c of afterPrefix(chunksOf(other, 16), prefix(300), createHash("sha256"))) seen.push(c);
    })();
    await expect(attempt).rejects.toThrow(/first 300 bytes differ/);
    expect(seen).toEqual([]);
  });

  it("refuses a file shorter than the stored part", async () => {
    const e = await rest(file.subarray(0, 100), prefix(300), 16).catch((x) => x);
    expect(e).toBeInstanceOf(PrefixMismatchError);
    expect(e.shorter).toBe(true);
  });
});
