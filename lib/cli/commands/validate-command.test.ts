import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseFile } from "../../env";
import { main } from "../main";

const dir = mkdtempSync(join(tmpdir(), "tuneset-validate-cli-"));
const example = (i: number) =>
  JSON.stringify({
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: `Question ${i}?` },
      { role: "assistant", content: "Yes." },
    ],
  });

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

function binary(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x0a]));
  return path;
}

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...args) => void out.push(args.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...args) => void err.push(args.join(" ")));
});
afterEach(() => vi.restoreAllMocks());

describe("tuneset validate", () => {
  it("exits 0 on a clean file and prints one JSON object of the documented shape", async () => {
    const path = file(
      "clean.jsonl",
      Array.from({ length: 60 }, (_, i) => example(i)),
    );
    expect(await main(["validate", path, "--json"])).toBe(0);
    expect(out).toHaveLength(1);
    const report = JSON.parse(out[0]);
    expect(Object.keys(report).slice(0, 8)).toEqual([
      "examples",
      "errors",
      "warnings",
      "tokens",
      "over_limit",
      "epochs",
      "billed_tokens",
      "estimated_cost_usd",
    ]);
    expect(report).toMatchObject({ examples: 60, errors: [], warnings: [], over_limit: 0, epochs: 3, model: "gpt-4o-mini-2024-07-18" });
    expect(Object.keys(report.tokens)).toEqual(["total", "min", "p50", "p90", "max"]);
    expect(report.billed_tokens).toBe(3 * report.tokens.total);
    expect(report.estimated_cost_usd).toBeGreaterThan(0);
  });

  it("exits 1 when the file has errors, listing each with line, code, path and message", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => example(i));
    lines[4] = JSON.stringify({
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello", weight: 2 },
      ],
    });
    const path = file("errors.jsonl", lines);
    expect(await main(["validate", path, "--json"])).toBe(1);
    const report = JSON.parse(out[0]);
    expect(report.errors).toEqual([{ line: 5, code: "invalid_weight", path: "messages[1].weight", message: expect.stringContaining("got 2") }]);
    expect(report.warnings).toContainEqual({ line: 5, code: "no_system_message", path: "messages", message: expect.any(String) });
  });

  it("prints a readable summary without --json", async () => {
    const path = file("readable.jsonl", [example(1), "not json", example(1)]);
    expect(await main(["validate", path, "--model", "gpt-4.1"])).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("3 examples checked for gpt-4.1-2025-04-14: 2 errors, 1 warning");
    expect(text).toContain("invalid_json (1): Not valid JSON");
    expect(text).toContain("line 2: not valid JSON");
    expect(text).toContain("exact_duplicate (1)");
    expect(text).toMatch(/Estimate: \d+ epochs, [\d,]+ billed tokens, about .+ \(price as of \d{4}-\d{2}-\d{2}\)/);
  });

  it.each([
    ["a missing file", () => [join(dir, "missing.jsonl")], /no such file/],
    ["a directory", () => [dir], /is a directory/],
    ["a file that is not text", () => [binary("data.jsonl.gz")], /binary file/],
    ["an unknown model", () => [file("m.jsonl", [example(1)]), "--model", "gpt-9"], /unknown model "gpt-9": use one of gpt-3\.5-turbo-0613/],
    ["no file named", () => [], /name one JSONL file/],
  ])("exits 2 on %s", async (_, args, message) => {
    expect(await main(["validate", ...args()])).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  it("never creates or opens the database", async () => {
    await main(["validate", file("db.jsonl", [example(1)]), "--json"]);
    expect(existsSync(databaseFile())).toBe(false);
  });
});
