import { describe, expect, it } from "vitest";
import { replaceInRecord, type FindReplaceOptions } from "./find-replace";
import { compileFind, FindPatternError } from "./find-pattern";
import { previewFindReplace } from "./preview";
import { replaceSystemPrompt } from "./replace-system-prompt";
import { textAndImageTurn, turn } from "../test/turns";

const run = (record: Record<string, unknown>, opts: FindReplaceOptions) => replaceInRecord(record, compileFind(opts), opts);

const chat = {
  messages: [
    { role: "system", content: "You are Acme's helper." },
    textAndImageTurn("Is ACME open? acme!", "acme.png"),
    { role: "assistant", content: "Acme opens at 9.", weight: 1 },
  ],
  metadata: { source: "acme" },
};

describe("bulk find-and-replace", () => {
  it("replaces literal text case-insensitively in strings and text parts, and counts every occurrence", () => {
    const before = structuredClone(chat);
    const r = run(chat, { find: "acme", replace: "Globex" });
    expect(r.replacements).toBe(4);
    expect(r.record).toEqual({
      messages: [
        { role: "system", content: "You are Globex's helper." },
        textAndImageTurn("Is Globex open? Globex!", "acme.png"),
        { role: "assistant", content: "Globex opens at 9.", weight: 1 },
      ],
      metadata: { source: "acme" },
    });
    expect(chat).toEqual(before);
    expect(r.changes[0]).toEqual({ path: "messages[0].content", before: "You are ", found: "Acme", replaced: "Globex", after: "'s helper." });
    expect(r.changes[1].path).toBe("messages[1].content[0].text");
  });

  it("respects case sensitivity and the role filter", () => {
    expect(run(chat, { find: "Acme", replace: "X", caseSensitive: true }).replacements).toBe(2);
    const onlyUser = run(chat, { find: "acme", replace: "X", role: "user" });
    expect(onlyUser.replacements).toBe(2);
    expect((onlyUser.record.messages as { content: unknown }[])[0]).toBe(chat.messages[0]);
  });

  it("treats regex metacharacters literally unless regex is on, and expands groups when it is", () => {
    const record = {
      messages: [turn("user", "Call 555-1234 or (555) 999-0000. Costs $5."), turn("assistant", "ok")],
    };
    expect(run(record, { find: "(555)", replace: "[x]" }).replacements).toBe(1);
    expect(run(record, { find: "$5.", replace: "$$$1" }).record.messages).toEqual([
      { role: "user", content: "Call 555-1234 or (555) 999-0000. Costs $$$1" },
      { role: "assistant", content: "ok" },
    ]);
    const r = run(record, { find: "(\\d{3})-(?<rest>\\d{4})", replace: "$<rest>-$1", regex: true });
    expect(r.replacements).toBe(2);
    expect((r.record.messages as { content: string }[])[0].content).toBe("Call 1234-555 or (555) 0000-999. Costs $5.");
  });

  it("covers every message list of a preference record and keeps unknown keys", () => {
    const pref = {
      input: { messages: [{ role: "user", content: "colour?" }], tools: [] },
      preferred_output: [{ role: "assistant", content: "The colour is red." }],
      non_preferred_output: [{ role: "assistant", content: "No colour." }],
      extra: 1,
    };
    const r = run(pref, { find: "colour", replace: "color" });
    expect(r.replacements).toBe(3);
    expect(r.record).toEqual({
      input: { messages: [{ role: "user", content: "color?" }], tools: [] },
      preferred_output: [{ role: "assistant", content: "The color is red." }],
      non_preferred_output: [{ role: "assistant", content: "No color." }],
      extra: 1,
    });
  });

  it("returns the same object when nothing matches", () => {
    const r = run(chat, { find: "nowhere", replace: "x" });
    expect(r.record).toBe(chat);
    expect(r.replacements).toBe(0);
  });

  it("refuses an invalid regex, an empty find, and a pattern that matches empty text, saying what to do", () => {
    expect(() => compileFind({ find: "(unclosed", regex: true })).toThrow(FindPatternError);
    expect(() => compileFind({ find: "(unclosed", regex: true })).toThrow(/not a valid regular expression.*turn off "regex"/);
    expect(() => compileFind({ find: "" })).toThrow(/empty/);
    expect(() => compileFind({ find: "x*", regex: true })).toThrow(/matches empty text/);
    expect(compileFind({ find: "(unclosed" }).test("an (unclosed bracket")).toBe(true);
  });

  it("previews counts and at most five samples with their record ids", () => {
    const records = Array.from({ length: 8 }, (_, i) => ({
      id: i + 1,
      record: {
        messages: [
          { role: "user", content: i % 2 ? "refund refund" : "nothing here" },
          { role: "assistant", content: "ok" },
        ],
      },
    }));
    const extra = Array.from({ length: 6 }, (_, i) => ({ id: 100 + i, record: { messages: [{ role: "user", content: "a refund" }] } }));
    const p = previewFindReplace([...records, ...extra], compileFind({ find: "refund" }), { find: "refund", replace: "return" });
    expect(p.records).toBe(10);
    expect(p.occurrences).toBe(14);
    expect(p.samples).toHaveLength(5);
    expect(p.samples[0]).toEqual({ id: 2, path: "messages[0].content", before: "", found: "refund", replaced: "return", after: " refund" });
  });
});

describe("bulk system prompt", () => {
  it("sets, replaces and removes the prompt of chat and preference records without touching the input", () => {
    const plain = {
      messages: [turn("user", "hi"), turn("assistant", "hello")],
    };
    expect(replaceSystemPrompt(plain, "Be brief.")).toEqual({
      messages: [{ role: "system", content: "Be brief." }, ...plain.messages],
    });
    expect(replaceSystemPrompt(chat, "")).toEqual({ ...chat, messages: chat.messages.slice(1) });
    expect(replaceSystemPrompt(plain, "")).toBe(plain);
    expect(replaceSystemPrompt(chat, "You are Acme's helper.")).toBe(chat);
    const pref = { input: { messages: [{ role: "user", content: "q" }] }, preferred_output: [], non_preferred_output: [] };
    expect(replaceSystemPrompt(pref, "Sys")).toEqual({
      ...pref,
      input: {
        messages: [turn("system", "Sys"), turn("user", "q")],
      },
    });
    expect(pref.input.messages).toHaveLength(1);
  });
});
