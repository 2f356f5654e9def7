import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLineParser } from "./line-parser";
import { PUBLIC_DATA } from "../test/public-data";

const texts = readFileSync(join(PUBLIC_DATA, "stock-toolcall-train.jsonl"), "utf8").split("\n").slice(0, 40);
texts.push("not json", "");
const batch = { lines: texts.map((_, i) => i + 1), texts };

describe("createLineParser", () => {
  it("gives the same rows from the worker thread as inline, in order", async () => {
    const inline = createLineParser(Infinity, 0);
    const threaded = createLineParser(0, 1);
    try {
      const [a, b] = await Promise.all([inline.parse(batch), threaded.parse(batch)]);
      expect(b).toEqual(a);
      expect(b.map((r) => r.kind).slice(-2)).toEqual(["chat", "invalid"]);
      expect(b).toHaveLength(41);
    } finally {
      await Promise.all([inline.close(), threaded.close()]);
    }
  });
});
