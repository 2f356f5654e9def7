import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { emptyNotes, toOpenSourceLine, type OpenSourceMessage } from "./open-source-format";
import { PUBLIC_DATA } from "../test/public-data";

const lines = (name: string) =>
  readFileSync(resolve(PUBLIC_DATA, name), "utf8")
    .split("\n")
    .filter((l) => l.trim());

type OpenAIMessage = { role: string; content?: string | null; tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[] };

describe("chat lines with tool calls (the public stock tool-call sample)", () => {
  const source = lines("stock-toolcall-train.jsonl");
  const notes = emptyNotes();
  const converted = source.map((l) => JSON.parse(toOpenSourceLine(l, notes)) as { messages: OpenSourceMessage[]; tools?: unknown[] });

  it("keeps every example, every message and the tools", () => {
    expect(converted).toHaveLength(86);
    converted.forEach((c, i) => {
      const original = JSON.parse(source[i]) as { messages: OpenAIMessage[]; tools: unknown[] };
      expect(c.messages.map((m) => m.role)).toEqual(original.messages.map((m) => m.role));
      expect(c.tools).toEqual(original.tools);
      expect(Object.keys(c)).toEqual(["messages", "tools"]);
    });
    expect(notes.records).toBe(86);
  });

  it("writes tool calls with their arguments as an object, and content as a string", () => {
    let calls = 0;
    converted.forEach((c, i) => {
      const original = JSON.parse(source[i]) as { messages: OpenAIMessage[] };
      c.messages.forEach((m, k) => {
        expect(typeof m.content).toBe("string");
        const before = original.messages[k];
        if (!before.tool_calls) return expect(m.tool_calls).toBeUndefined();
        expect(m.tool_calls).toEqual(
          before.tool_calls.map((t) => ({ id: t.id, type: "function", function: { name: t.function.name, arguments: JSON.parse(t.function.arguments) } })),
        );
        expect(m.content).toBe("");
        calls += before.tool_calls.length;
      });
    });
    expect(calls).toBeGreaterThan(0);
    expect(notes.toolCalls).toBe(calls);
    expect(notes.argumentsKeptAsText).toBe(0);
  });
});

describe("preference lines (the public Orca DPO sample)", () => {
  const source = lines("orca-dpo-pairs.jsonl");
  const notes = emptyNotes();

  it("become TRL's conversational prompt / chosen / rejected lists", () => {
    const converted = source.map((l) => JSON.parse(toOpenSourceLine(l, notes)));
    expect(converted.length).toBe(source.length);
    converted.forEach((c, i) => {
      const o = JSON.parse(source[i]);
      expect(Object.keys(c)).toEqual(["prompt", "chosen", "rejected"]);
      expect(c.prompt).toEqual(o.input.messages.map((m: OpenAIMessage) => ({ role: m.role, content: m.content })));
      expect(c.chosen).toEqual([{ role: "assistant", content: o.preferred_output[0].content }]);
      expect(c.rejected).toEqual([{ role: "assistant", content: o.non_preferred_output[0].content }]);
    });
    expect(notes.records).toBe(source.length);
  });
});

describe("what the formats cannot hold", () => {
  it("drops weights (counting the untrained turns), names tool results, and parses their calls' arguments", () => {
    const notes = emptyNotes();
    const line = JSON.stringify({
      messages: [
        { role: "developer", content: "Use tools." },
        {
          role: "user",
          content: [
            { type: "text", text: "Weather in" },
            { type: "text", text: "Paris?" },
            { type: "image_url", image_url: { url: "https://x/y.png" } },
          ],
          name: "ann",
        },
        { role: "assistant", content: "Thinking.", weight: 0 },
        { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } }], weight: 1 },
        { role: "tool", tool_call_id: "c1", content: '{"c":18}' },
        { role: "assistant", content: "18°C." },
      ],
      parallel_tool_calls: false,
    });
    const out = JSON.parse(toOpenSourceLine(line, notes));
    expect(out).toEqual({
      messages: [
        { role: "system", content: "Use tools." },
        { role: "user", content: "Weather in\nParis?" },
        { role: "assistant", content: "Thinking." },
        { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: { city: "Paris" } } }] },
        { role: "tool", content: '{"c":18}', tool_call_id: "c1", name: "weather" },
        { role: "assistant", content: "18°C." },
      ],
    });
    expect(notes).toMatchObject({
      weightsDropped: 2,
      untrainedTurns: 1,
      imagePartsDropped: 1,
      partsJoined: 1,
      developerAsSystem: 1,
      namesDropped: 1,
      parallelToolCallsDropped: 1,
      toolCalls: 1,
    });
  });

  it("turns legacy function calls into tool calls and keeps unparsable arguments as text", () => {
    const notes = emptyNotes();
    const line = JSON.stringify({
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: null, function_call: { name: "lookup", arguments: "not json" } },
        { role: "function", name: "lookup", content: "found" },
        { role: "assistant", content: null, refusal: "I cannot help with that." },
      ],
      functions: [{ name: "lookup", parameters: { type: "object" } }],
    });
    const out = JSON.parse(toOpenSourceLine(line, notes));
    expect(out.messages[1]).toEqual({
      role: "assistant",
      content: "",
      tool_calls: [{ type: "function", function: { name: "lookup", arguments: "not json" } }],
    });
    expect(out.messages[2]).toEqual({ role: "tool", content: "found", name: "lookup" });
    expect(out.messages[3]).toEqual({ role: "assistant", content: "I cannot help with that." });
    expect(out.tools).toEqual([{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }]);
    expect(notes).toMatchObject({ argumentsKeptAsText: 1, legacyFunctions: 3, refusalsAsContent: 1 });
  });

  it("refuses a line that is neither chat nor preference", () => {
    expect(() => toOpenSourceLine('{"prompt": "x"}', emptyNotes())).toThrow(/expected messages/);
  });
});
