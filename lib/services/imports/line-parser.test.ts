import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLineParser, WORKER_ENTRY } from "./line-parser";
import { PUBLIC_DATA } from "../../test/public-data";

const texts = readFileSync(join(PUBLIC_DATA, "stock-toolcall-train.jsonl"), "utf8").split("\n").slice(0, 40);
texts.push("not json", "", '{"a":"\ufffd"}');
// The last line was not UTF-8: the splitter found a bad byte at 7.
const batch = { lines: texts.map((_, i) => i + 1), texts, badBytes: { [texts.length]: 7 } };

describe("createLineParser", () => {
  it("finds its worker's entry file (a missing one falls back to parsing inline, silently slower)", () => {
    expect(existsSync(WORKER_ENTRY)).toBe(true);
  });

  it("gives the same rows from the worker thread as inline, in order", async () => {
    const inline = createLineParser(Infinity, 0);
    const threaded = createLineParser(0, 1);
    try {
      const [a, b] = await Promise.all([inline.parse(batch), threaded.parse(batch)]);
      expect(b).toEqual(a);
      expect(b.map((r) => r.kind).slice(-3)).toEqual(["chat", "invalid", "invalid"]);
      expect(JSON.parse(b.at(-1)!.errors!)).toEqual([{ path: "", message: "invalid UTF-8 at byte 7" }]);
      expect(b).toHaveLength(42);
    } finally {
      await Promise.all([inline.close(), threaded.close()]);
    }
  });
});
