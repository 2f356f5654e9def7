import { describe, expect, it } from "vitest";
import { chatLineSchema, preferenceLineSchema, type ChatLine, type PreferenceLine } from "./schemas";
import { toStrict, unknownKeyPaths } from "./strict";

const chat = {
  messages: [
    { role: "system", content: "Be brief.", note: "internal" },
    { role: "user", content: [{ type: "text", text: "Add 2 and 2", lang: "en" }], name: "ann" },
    {
      role: "assistant",
      content: null,
      tool_calls: [{ id: "c1", type: "function", function: { name: "add", arguments: '{"a":2,"b":2}', cost: 1 }, trace: "t" }],
      weight: 1,
    },
    { role: "tool", tool_call_id: "c1", content: "4", latency_ms: 12 },
    { role: "assistant", content: "4", score: 0.9 },
  ],
  tools: [
    {
      type: "function",
      function: { name: "add", parameters: { type: "object", properties: { a: { type: "number", custom: 1 } } }, owner: "x" },
    },
  ],
  parallel_tool_calls: false,
  metadata: { source: "crm" },
  id: 7,
} as unknown as ChatLine;

const preference = {
  input: { messages: [{ role: "user", content: "Hi", mood: "ok" }], tools: [], extra: 1 },
  preferred_output: [{ role: "assistant", content: "Hello!", weight: 1 }],
  non_preferred_output: [{ role: "assistant", content: "What?", rating: 2 }],
  source: "orca",
} as unknown as PreferenceLine;

describe("unknownKeyPaths", () => {
  it.each([
    {
      name: "lists every key the chat format does not define, in line order",
      line: chat,
      format: "chat" as const,
      unknown: [
        "messages[0].note",
        "messages[1].content[0].lang",
        "messages[2].tool_calls[0].function.cost",
        "messages[2].tool_calls[0].trace",
        "messages[3].latency_ms",
        "messages[4].score",
        "tools[0].function.owner",
        "metadata",
        "id",
      ],
    },
    {
      name: "lists unknown keys of a preference line",
      line: preference,
      format: "preference" as const,
      unknown: ["input.messages[0].mood", "input.extra", "preferred_output[0].weight", "non_preferred_output[0].rating", "source"],
    },
  ])("$name", ({ line, format, unknown }) => {
    expect(unknownKeyPaths(line, format)).toEqual(unknown);
  });

  it("treats tool parameters as free-form JSON Schema", () => {
    expect(unknownKeyPaths(chat, "chat")).not.toContain("tools[0].function.parameters.properties.a.custom");
  });
});

describe("toStrict", () => {
  it("drops unknown keys at every depth and keeps the rest", () => {
    const strict = toStrict(chat);
    expect(unknownKeyPaths(strict, "chat")).toEqual([]);
    expect(chatLineSchema.safeParse(strict).success).toBe(true);
    expect(strict).toEqual({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: [{ type: "text", text: "Add 2 and 2" }], name: "ann" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "c1", type: "function", function: { name: "add", arguments: '{"a":2,"b":2}' } }],
          weight: 1,
        },
        { role: "tool", tool_call_id: "c1", content: "4" },
        { role: "assistant", content: "4" },
      ],
      tools: [{ type: "function", function: { name: "add", parameters: { type: "object", properties: { a: { type: "number", custom: 1 } } } } }],
      parallel_tool_calls: false,
    });
  });

  it("keeps key order, so the strict line reads like the original", () => {
    expect(
      JSON.stringify(
        toStrict({
          messages: [
            { content: "q", role: "user" },
            { role: "assistant", content: "a" },
          ],
        } as ChatLine),
      ),
    ).toBe('{"messages":[{"content":"q","role":"user"},{"role":"assistant","content":"a"}]}');
  });

  it("copies instead of sharing or mutating", () => {
    const before = JSON.stringify(chat);
    const strict = toStrict(chat);
    expect(JSON.stringify(chat)).toBe(before);
    expect(strict.messages[0]).not.toBe(chat.messages[0]);
    expect(strict.tools?.[0].function.parameters).not.toBe(chat.tools?.[0].function.parameters);
  });

  it("handles preference lines", () => {
    const strict = toStrict(preference);
    expect(preferenceLineSchema.safeParse(strict).success).toBe(true);
    expect(strict).toEqual({
      input: { messages: [{ role: "user", content: "Hi" }], tools: [] },
      preferred_output: [{ role: "assistant", content: "Hello!" }],
      non_preferred_output: [{ role: "assistant", content: "What?" }],
    });
  });
});
