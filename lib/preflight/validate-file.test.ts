import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ASSISTANT, chat, MINI, SYSTEM } from "./example-fixtures";
import { PROGRESS_EVERY, UnreadableFileError, validateFile } from "./validate-file";

const dir = mkdtempSync(join(tmpdir(), "tuneset-validate-"));
const line = (i: number) => JSON.stringify(chat(SYSTEM, { role: "user", content: `Question ${i}?` }, ASSISTANT));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("validateFile", () => {
  it("reads CRLF, a byte-order mark and blank lines, keeping the file's line numbers", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => line(i));
    lines.splice(3, 0, "", "   ");
    lines.push('{"messages": [');
    const path = file("crlf.jsonl", `\uFEFF${lines.join("\r\n")}\r\n`);
    const report = await validateFile(path, { model: MINI });
    expect(report.examples).toBe(13);
    expect(report.errors).toEqual([expect.objectContaining({ line: 15, code: "invalid_json" })]);
    expect(report.warnings.map((w) => w.code)).toEqual(["few_examples"]);
  });

  it("reports a line that is not UTF-8 with its first bad byte, instead of checking it decoded", async () => {
    const good = Array.from({ length: 11 }, (_, i) => line(i)).join("\n");
    const bad = Buffer.concat([Buffer.from('{"messages":[{"role":"user","content":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]);
    const path = file("not-utf8.jsonl", Buffer.concat([Buffer.from(good + "\n"), bad, Buffer.from("\n")]));
    const report = await validateFile(path, { model: MINI });
    expect(report.examples).toBe(12);
    expect(report.errors).toEqual([expect.objectContaining({ line: 12, code: "invalid_utf8", message: expect.stringContaining("invalid UTF-8 at byte 41") })]);
  });

  it("reports progress every PROGRESS_EVERY lines", async () => {
    const path = file("many.jsonl", Array.from({ length: PROGRESS_EVERY * 2 + 5 }, () => "").join("\n"));
    const seen: number[] = [];
    const report = await validateFile(path, { model: MINI, onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([PROGRESS_EVERY, PROGRESS_EVERY * 2]);
    expect(report.examples).toBe(0);
  });

  it("passes the context on to every example", async () => {
    const path = file("pii.jsonl", Array.from({ length: 10 }, (_, i) => line(i)).join("\n"));
    const report = await validateFile(path, { model: MINI, piiKinds: () => ["email"] });
    expect(report.counts.pii).toBe(10);
  });

  it.each([
    ["a missing file", () => join(dir, "nope.jsonl"), /no such file/],
    ["a directory", () => dir, /is a directory/],
    ["a binary file", () => file("data.bin", Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x0a])), /binary file/],
  ])("refuses %s with a message saying why", async (_, path, message) => {
    const attempt = validateFile(path(), { model: MINI });
    await expect(attempt).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(validateFile(path(), { model: MINI })).rejects.toThrow(message);
  });

  // Tests run as root here, where file permissions deny nothing; a path through a
  // file fails to open the same way an unreadable one does, with the system's reason.
  it("refuses a path the system cannot open, naming the reason", async () => {
    const path = `${file("plain.jsonl", line(1))}/inside.jsonl`;
    await expect(validateFile(path, { model: MINI })).rejects.toThrow(/ENOTDIR/);
  });
});
