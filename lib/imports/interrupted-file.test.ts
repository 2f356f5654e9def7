import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findInterruptedImport } from "./interrupted-file";

const file = new Blob([Array.from({ length: 200 }, (_, i) => `{"n":${i}}\n`).join("")]);
const prefixOf = async (bytes: number) =>
  createHash("sha256")
    .update(new Uint8Array(await file.slice(0, bytes).arrayBuffer()))
    .digest("hex");
const candidate = async (id: string, bytes: number) => ({ id, fileName: "f.jsonl", lines: 1, bytes, sha256: await prefixOf(bytes), startedAt: "" });

describe("findInterruptedImport", () => {
  it("recognises the file by the SHA-256 of the part already stored, as the server computes it", async () => {
    const a = await candidate("a", 120);
    const b = await candidate("b", 900);
    expect(await findInterruptedImport(file, [b, a])).toBe(b);
    expect(await findInterruptedImport(file.slice(0, 500), [a, b])).toBe(a);
  });

  it("recognises nothing in another file, or for an import that stored nothing", async () => {
    const a = await candidate("a", 120);
    expect(await findInterruptedImport(new Blob(["x".repeat(1000)]), [a])).toBeNull();
    expect(await findInterruptedImport(file, [await candidate("z", 0)])).toBeNull();
  });
});
