import { describe, expect, it } from "vitest";
import type { ConversationRecord } from "../validation/conversation-record";
import { boundRecord, boundTurnsFrom, textDigest, valueAt } from "./bound-record";
import { MARKDOWN_MAX_CHARS, PAGE_TEXT_BUDGET, SHOWN_CHARS } from "./limits";
import { isShortened, shownOf, turnEditorRefusal, type ShortenedText } from "./shortened-text";

const base = {
  id: "7",
  datasetId: "d",
  version: 3,
  status: "pending",
  labels: [],
  note: "",
  source_file: null,
  source_line: null,
  import_id: null,
  import: null,
  from_evaluation: null,
  tokens: null,
  turns: 0,
  duplicate_of: null,
  keeper_id: null,
  created_at: "",
  updated_at: "",
  unknown_keys: [],
} satisfies Omit<ConversationRecord, "kind">;

const chat = (messages: object[], more: object = {}): ConversationRecord => ({ ...base, kind: "chat", turns: messages.length, messages, ...more });
const size = (v: unknown) => JSON.stringify(v).length;

describe("the limits", () => {
  it("show less of a text than markdown renders, and a page several texts", () => {
    expect(SHOWN_CHARS).toBeLessThan(MARKDOWN_MAX_CHARS);
    expect(PAGE_TEXT_BUDGET).toBeGreaterThanOrEqual(2 * SHOWN_CHARS);
  });
});

describe("boundRecord", () => {
  it("leaves an ordinary record as it is", () => {
    const record = chat(
      [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" } }] },
      ],
      { tools: [{ type: "function" }] },
    );
    expect(boundRecord(record)).toEqual(record);
  });

  it("shortens a 5 MB message to its start, saying where it lives and what it was", () => {
    const long = "word ".repeat(1_000_000);
    const out = boundRecord(
      chat([
        { role: "system", content: "Be brief." },
        { role: "user", content: long },
        { role: "assistant", content: long },
      ]),
    );
    const messages = out.messages as { content: unknown }[];
    expect(messages[0].content).toBe("Be brief.");
    const s = (messages[1].content as ShortenedText).$shortened;
    expect(s).toEqual({ text: long.slice(0, SHOWN_CHARS), length: 5_000_000, path: ["messages", 1, "content"], id: 7, version: 3, digest: textDigest(long) });
    // The system prompt spent some of the budget; the answer still shows the same start.
    expect((messages[2].content as ShortenedText).$shortened.text.length).toBe(SHOWN_CHARS);
    expect(size(out)).toBeLessThan(PAGE_TEXT_BUDGET + 5_000);
    expect(shownOf(s.text.length, s.length)).toBe("Showing 20,000 of 5,000,000 characters");
  });

  it("shortens tool arguments, tool results, content parts and extra values the same way", () => {
    const long = "x".repeat(100_000);
    const out = boundRecord(
      chat(
        [
          {
            role: "user",
            content: [
              { type: "text", text: long },
              { type: "image_url", image_url: { url: `data:image/png;base64,${long}` } },
            ],
          },
          { role: "assistant", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: long } }] },
          { role: "tool", tool_call_id: "c", content: long },
        ],
        { extra: { metadata: { note: long } } },
      ),
      10_000_000,
    );
    const paths = [
      ["messages", 0, "content", 0, "text"],
      ["messages", 0, "content", 1, "image_url", "url"],
      ["messages", 1, "tool_calls", 0, "function", "arguments"],
      ["messages", 2, "content"],
    ];
    for (const path of paths) expect((valueAt(out, path) as ShortenedText).$shortened.path).toEqual(path);
    // Extra values are the line's own top-level keys: their path starts at the root of the stored line.
    expect((out.extra!.metadata as { note: ShortenedText }).note.$shortened.path).toEqual(["metadata", "note"]);
  });

  it("sends the first turns of a 5,000-turn conversation and says which are left out", () => {
    const messages = Array.from({ length: 5000 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: `${i} ${"y".repeat(2000)}` }));
    const out = boundRecord(chat(messages));
    const sent = (out.messages as unknown[]).length;
    expect(sent).toBeGreaterThan(10);
    expect(sent).toBeLessThan(100);
    expect(out.hidden_turns).toEqual([{ path: ["messages"], from: sent, count: 5000 - sent, id: 7, version: 3 }]);
    expect(size(out)).toBeLessThan(PAGE_TEXT_BUDGET + 10_000);
    expect(turnEditorRefusal(out)).toMatch(/too long to edit turn by turn in the browser \(5,000 turns\)/);
    expect(turnEditorRefusal(boundRecord(chat(messages.slice(0, 3))))).toBeNull();

    const next = boundTurnsFrom({ messages }, { id: 7, version: 3 }, ["messages"], sent)!;
    expect(next.total).toBe(5000);
    expect((next.turns[0] as { content: string }).content.startsWith(`${sent} `)).toBe(true);
    expect(next.hidden!.from).toBe(sent + next.turns.length);
    expect(boundTurnsFrom({ messages }, { id: 7, version: 3 }, ["messages"], 4999)!.hidden).toBeNull();
    expect(boundTurnsFrom({ messages }, { id: 7, version: 3 }, ["nothing"], 0)).toBeNull();
  });

  it("always sends the first turn, and a shortened start of each text once the budget is spent", () => {
    const out = boundRecord(
      chat([
        { role: "user", content: "z".repeat(30_000) },
        { role: "assistant", content: "ok" },
      ]),
      100,
    );
    expect((out.messages as unknown[]).length).toBe(1);
    expect(out.hidden_turns?.[0]).toMatchObject({ from: 1, count: 1 });
  });

  it("shortens an invalid line's raw text under the path raw", () => {
    const raw = `{"messages": [${"1,".repeat(50_000)}`;
    const out = boundRecord({ ...base, kind: "invalid", raw, errors: [{ path: "", message: "not JSON" }] });
    expect((out.raw as ShortenedText).$shortened).toMatchObject({ path: ["raw"], length: raw.length });
  });

  it("bounds a preference record's answers before a long prompt spends the budget", () => {
    const long = "p".repeat(200_000);
    const out = boundRecord({
      ...base,
      kind: "preference",
      input: {
        messages: [
          { role: "user", content: long },
          { role: "user", content: long },
          { role: "user", content: long },
          { role: "user", content: long },
          { role: "user", content: long },
        ],
      },
      preferred_output: [{ role: "assistant", content: "yes" }],
      non_preferred_output: [{ role: "assistant", content: long }],
    });
    expect(out.preferred_output).toEqual([{ role: "assistant", content: "yes" }]);
    expect(isShortened((out.non_preferred_output as { content: unknown }[])[0].content)).toBe(true);
    expect(out.hidden_turns?.[0].path).toEqual(["input", "messages"]);
  });
});

describe("valueAt", () => {
  it("follows keys and indexes, and nothing else", () => {
    const v = { messages: [{ content: "a" }] };
    expect(valueAt(v, ["messages", 0, "content"])).toBe("a");
    expect(valueAt(v, ["messages", "0", "content"])).toBeUndefined();
    expect(valueAt(v, ["messages", 0, "constructor"])).toBeUndefined();
    expect(valueAt(v, ["nope", 1])).toBeUndefined();
  });
});

describe("a line that is not UTF-8", () => {
  it("is said to be so, without sending its original bytes", () => {
    const record = { ...base, kind: "invalid", raw: "a\uFFFDb", errors: [], raw_base64: Buffer.alloc(300_000).toString("base64") } as ConversationRecord;
    const bounded = boundRecord(record);
    expect(bounded.not_utf8).toBe(true);
    expect("raw_base64" in bounded).toBe(false);
    expect(boundRecord({ ...record, raw_base64: undefined }).not_utf8).toBeUndefined();
  });
});
