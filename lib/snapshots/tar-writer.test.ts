import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { tarEnd, tarHeader, tarPadding } from "./tar-writer";

function archive(files: { name: string; body: Buffer }[]): Buffer {
  const mtime = new Date("2026-11-27T10:00:00Z");
  return Buffer.concat([...files.flatMap((f) => [tarHeader(f.name, f.body.length, mtime), f.body, tarPadding(f.body.length)]), tarEnd()]);
}

describe("the tar writer", () => {
  const files = [
    { name: "support-snapshot-2/README.md", body: Buffer.from("# Hello\n\nÜnïcödé text.\n") },
    { name: "support-snapshot-2/train.jsonl", body: Buffer.from('{"messages": []}\n'.repeat(100)) },
    { name: "support-snapshot-2/empty.jsonl", body: Buffer.alloc(0) },
  ];

  it("writes an archive the system's tar lists and extracts byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "tuneset-tar-"));
    const file = join(dir, "a.tar");
    writeFileSync(file, archive(files));
    const listing = execFileSync("tar", ["-tvf", file], { encoding: "utf8" }).trim().split("\n");
    expect(listing.map((l) => l.split(/\s+/).at(-1))).toEqual(files.map((f) => f.name));
    expect(listing[1]).toContain(String(files[1].body.length));
    execFileSync("tar", ["-xf", file, "-C", dir]);
    for (const f of files) expect(readFileSync(join(dir, f.name))).toEqual(f.body);
  });

  it("pads every entry to 512-byte blocks", () => {
    expect(tarPadding(0).length).toBe(0);
    expect(tarPadding(1).length).toBe(511);
    expect(tarPadding(512).length).toBe(0);
    expect(archive(files).length % 512).toBe(0);
  });

  it("refuses names ustar cannot hold", () => {
    expect(() => tarHeader("x".repeat(101), 1, new Date())).toThrow(/too long/);
  });
});
