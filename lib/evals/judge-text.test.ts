import { describe, expect, it } from "vitest";
import { answerBlock, conversationText, toolsText } from "./judge-text";

describe("conversationText", () => {
  it("labels each message with its role, name, or the call it answers", () => {
    expect(
      conversationText({
        messages: [
          { role: "user", name: "ada", content: "Find Bob" },
          { role: "assistant", content: "Looking.", function_call: { name: "lookup", arguments: '{"q":"Bob"}' } },
          { role: "function", name: "lookup", content: '{"found":false}' },
          { role: "assistant", content: [{ type: "refusal", refusal: "I won't guess." }] },
          {
            role: "user",
            content: [
              { type: "file", file: { filename: "cv.pdf", file_data: "JVBERi0x" } },
              { type: "input_audio", input_audio: { data: "UklGR", format: "wav" } },
            ],
          },
        ],
      }),
    ).toBe(
      [
        "[user ada]\nFind Bob",
        '[assistant]\nLooking.\ncalls lookup({"q":"Bob"})',
        '[function result (lookup)]\n{"found":false}',
        "[assistant]\n(declined) I won't guess.",
        "[user]\n[file cv.pdf]\n[audio]",
      ].join("\n\n"),
    );
  });
});

describe("toolsText", () => {
  it("lists tools and legacy functions, and is null without either", () => {
    expect(toolsText({ messages: [] })).toBeNull();
    expect(
      toolsText({
        messages: [],
        tools: [{ type: "function", function: { name: "now" } }],
        functions: [{ name: "lookup", description: "Find a person", parameters: { type: "object" } }],
      }),
    ).toBe('- now\n- lookup: Find a person\n  parameters: {"type":"object"}');
  });
});

describe("answerBlock", () => {
  it("says why an answer stopped early, and nothing for a normal stop", () => {
    expect(answerBlock({ content: "Hi", toolCalls: [], finishReason: "stop" })).toBe("Hi");
    expect(answerBlock({ content: null, toolCalls: [], finishReason: "content_filter" })).toBe(
      "(empty response)\n(the response was stopped by the provider's content filter)",
    );
  });
});
