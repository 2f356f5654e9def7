import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";
import { revisionDiff } from "./revision-diff";

describe("wordDiff", () => {
  it("marks only the changed words and rebuilds both texts", () => {
    const parts = wordDiff("The refund takes five days.", "The refund takes three business days.");
    const of = (kind: string) =>
      parts
        .filter((p) => p.kind === kind)
        .map((p) => p.text)
        .join("|");
    expect(parts[0]).toEqual({ kind: "same", text: "The refund takes " });
    expect(of("removed")).toBe("five");
    expect(of("added")).toMatch(/three.*business/);
    expect(of("same")).not.toMatch(/five|three|business/);
    const rebuild = (keep: string) =>
      parts
        .filter((p) => p.kind === "same" || p.kind === keep)
        .map((p) => p.text)
        .join("");
    expect(rebuild("removed")).toBe("The refund takes five days.");
    expect(rebuild("added")).toBe("The refund takes three business days.");
  });

  it("handles empty sides and identical texts", () => {
    expect(wordDiff("", "new")).toEqual([{ kind: "added", text: "new" }]);
    expect(wordDiff("same", "same")).toEqual([{ kind: "same", text: "same" }]);
  });
});

describe("revisionDiff", () => {
  const line = (...messages: object[]) => JSON.stringify({ messages });
  it("lists added, removed and changed turns, with role changes and tool calls", () => {
    const before = line({ role: "user", content: "Hi there" }, { role: "assistant", content: "Hello" }, { role: "user", content: "Bye" });
    const after = line(
      { role: "user", content: "Hi" },
      { role: "assistant", tool_calls: [{ id: "c", type: "function", function: { name: "lookup", arguments: "{}" } }] },
    );
    const diffs = revisionDiff(before, after);
    expect(diffs[0]).toEqual({
      turn: 1,
      change: "changed",
      role: "user",
      parts: [
        { kind: "same", text: "Hi" },
        { kind: "removed", text: " there" },
      ],
    });
    expect(diffs[1]).toMatchObject({
      turn: 2,
      change: "changed",
      parts: [
        { kind: "removed", text: "Hello" },
        { kind: "added", text: "lookup({})" },
      ],
    });
    expect(diffs[2]).toEqual({ turn: 3, change: "removed", role: "user", text: "Bye", length: 3 });
    expect(revisionDiff(before, before)).toEqual([]);
  });

  it("compares an invalid version as its raw text", () => {
    expect(revisionDiff("{oops", line({ role: "user", content: "ok" }))[0]).toMatchObject({ turn: 1, change: "changed", roleBefore: "raw line" });
  });

  it("gives the lengths instead of a word diff for long texts, and cuts added text", () => {
    const long = "word ".repeat(1_000_000);
    const diffs = revisionDiff(line({ role: "user", content: long }), line({ role: "user", content: `${long}more` }, { role: "assistant", content: long }));
    expect(diffs[0]).toEqual({ turn: 1, change: "changed", role: "user", parts: [], tooLong: { before: 5_000_000, after: 5_000_004 } });
    expect(diffs[1]).toMatchObject({ turn: 2, change: "added", length: 5_000_000 });
    expect((diffs[1] as { text: string }).text.length).toBe(20_000);
  });

  it("still compares texts just under the limit word by word", () => {
    const text = `${"x".repeat(99)} `.repeat(199);
    const [diff] = revisionDiff(line({ role: "user", content: text }), line({ role: "user", content: `${text}b` }));
    expect(diff).not.toHaveProperty("tooLong");
    const parts = (diff as { parts: { kind: string; text: string }[] }).parts;
    expect(parts.map((p) => p.kind)).toEqual(["same", "added"]);
    expect(parts[1].text).toBe("b");
  });
});
