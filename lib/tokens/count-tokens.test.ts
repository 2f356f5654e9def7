import { describe, expect, it } from "vitest";
import { countRecordTokens } from "./count-tokens";
import { countTextTokens, TOKEN_ENCODINGS } from "./token-encoders";

// Expected numbers were worked out by hand from per-string counts taken from
// gpt-tokenizer's encode() (asserted in token-encoders.test.ts): roles are 1
// token each, "You are a helpful assistant." 6, "What is 2+2?" 7, "2 + 2 = 4." 8.
const basic = {
  messages: [
    { role: "system", content: "You are a helpful assistant." },
    { role: "user", content: "What is 2+2?" },
    { role: "assistant", content: "2 + 2 = 4." },
  ],
};

describe("countRecordTokens: chat records", () => {
  it.each(TOKEN_ENCODINGS)("counts the notebook's way (%s)", (encoding) => {
    // 3 messages x (3 + role 1) + contents (6 + 7 + 8) + 3 per example
    expect(countRecordTokens(basic, encoding)).toEqual({ total: 36, assistant: 8 });
  });

  it("adds the name and one extra token for it", () => {
    const named = { messages: [{ role: "user", name: "Bob", content: "What is 2+2?" }] };
    // 3 + role 1 + name 1 + 1 + content 7 + 3
    expect(countRecordTokens(named, "o200k_base").total).toBe(16);
  });

  it("differs between encodings where the text does", () => {
    const record = { messages: [{ role: "assistant", content: "chien" }] };
    expect(countRecordTokens(record, "o200k_base")).toEqual({ total: 8, assistant: 1 });
    expect(countRecordTokens(record, "cl100k_base")).toEqual({ total: 9, assistant: 2 });
  });

  it("counts tool calls, tool results and tool definitions", () => {
    const tools = [
      {
        type: "function",
        function: {
          name: "get_weather",
          parameters: { type: "object", properties: { city: { type: "string" } } },
        },
      },
    ];
    const record = {
      messages: [
        { role: "user", content: "What is 2+2?" }, // 3 + 1 + 7 = 11
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }],
        }, // 3 + 1 + name 2 + arguments 5 = 11 (the id is not counted)
        { role: "tool", tool_call_id: "call_1", content: "Sunny, 21°C." }, // 3 + 1 + 6|7
        { role: "assistant", content: "It is sunny in Paris.", weight: 1 }, // 3 + 1 + 6 = 10
      ],
      tools, // JSON text: 29
      parallel_tool_calls: false,
    };
    expect(countRecordTokens(record, "o200k_base")).toEqual({ total: 74, assistant: 13 });
    expect(countRecordTokens(record, "cl100k_base")).toEqual({ total: 75, assistant: 13 });
  });

  it("counts text parts and a fixed 85 tokens per image", () => {
    const record = {
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Describe this image." },
            { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "high" } },
          ],
        }, // 3 + 1 + 4 + 85 = 93
        { role: "assistant", content: [{ type: "text", text: "chien" }] }, // 3 + 1 + 1 = 5
      ],
    };
    expect(countRecordTokens(record, "o200k_base")).toEqual({ total: 101, assistant: 1 });
  });

  it("counts unknown string keys like the notebook, but not weight or tool_call_id", () => {
    const plain = { messages: [{ role: "assistant", content: "chien" }] };
    const extra = { messages: [{ role: "assistant", content: "chien", weight: 0, tool_call_id: "call_1" }] };
    const unknown = { messages: [{ role: "assistant", content: "chien", note: "hello world" }], meta: "x" };
    expect(countRecordTokens(extra, "o200k_base")).toEqual(countRecordTokens(plain, "o200k_base"));
    expect(countRecordTokens(unknown, "o200k_base").total).toBe(8 + 2);
  });
});

describe("countRecordTokens: repeated system prompts", () => {
  it("gives the same answer from the memo as from the encoder, past its capacity", () => {
    for (let i = 0; i < 600; i++) {
      const prompt = `You are assistant number ${i % 300}.`;
      const record = { messages: [{ role: "system", content: prompt }] };
      const expected = 3 + 1 + countTextTokens(prompt, "o200k_base") + 3;
      expect(countRecordTokens(record, "o200k_base").total).toBe(expected);
    }
  });
});

describe("countRecordTokens: preference records", () => {
  const record = {
    input: { messages: [{ role: "user", content: "Translate to French: cat" }] }, // 3 + 1 + 5, + 3
    preferred_output: [{ role: "assistant", content: "chien" }], // 3 + 1 + 1|2
    non_preferred_output: [{ role: "assistant", content: "It is sunny in Paris." }], // 3 + 1 + 6
  };

  it("reports both sides and takes the larger as the size", () => {
    expect(countRecordTokens(record, "o200k_base")).toEqual({
      total: 22,
      assistant: 1,
      preference: { preferred: 17, nonPreferred: 22 },
    });
    expect(countRecordTokens(record, "cl100k_base").preference).toEqual({ preferred: 18, nonPreferred: 22 });
  });

  it("counts input tools once per side", () => {
    const tools = [{ type: "function", function: { name: "get_weather" } }];
    const withTools = { ...record, input: { ...record.input, tools } };
    const toolTokens = countTextTokens(JSON.stringify(tools), "o200k_base");
    expect(countRecordTokens(withTools, "o200k_base").total).toBe(22 + toolTokens);
  });
});

describe("countRecordTokens: odd input never throws", () => {
  it.each([null, 42, "text", [], {}, { messages: "x" }, { messages: [null, 5, []] }, { input: null }])("handles %j", (record) => {
    const count = countRecordTokens(record, "o200k_base");
    expect(count.total).toBeGreaterThanOrEqual(0);
    expect(count.assistant).toBe(0);
  });

  it("counts special tokens as plain text", () => {
    const record = { messages: [{ role: "assistant", content: "<|endoftext|>" }] };
    expect(countRecordTokens(record, "o200k_base").assistant).toBe(7);
  });

  it("reads tool calls with malformed parts and legacy function_call", () => {
    const record = {
      messages: [
        { role: "assistant", tool_calls: [null, { function: { name: 5, arguments: { city: "Paris" } } }] },
        { role: "assistant", function_call: { name: "get_weather", arguments: '{"city":"Paris"}' } },
      ],
    };
    // arguments object counted as its JSON (5); legacy call: 2 + 5
    expect(countRecordTokens(record, "o200k_base").assistant).toBe(5 + 7);
  });
});
