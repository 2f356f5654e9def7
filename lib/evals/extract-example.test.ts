import { describe, expect, it } from "vitest";
import type { ChatLine, LineRecord, PreferenceLine, Tool } from "../formats/schemas";
import { turn } from "../test/turns";
import { answerFromCompletion, answerText, extractEvalExample, type EvalExample } from "./extract-example";

const weatherTool: Tool = {
  type: "function",
  function: { name: "get_weather", description: "Current weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
};

function example(record: LineRecord): EvalExample {
  const result = extractEvalExample(record);
  if ("error" in result) throw new Error(result.error);
  return result;
}

function error(record: unknown): string {
  const result = extractEvalExample(record as LineRecord);
  if (!("error" in result)) throw new Error("expected an error");
  return result.error;
}

describe("extractEvalExample on chat records", () => {
  it("makes the last assistant reply the reference and everything before it the prompt", () => {
    const { prompt, reference } = example({ messages: [turn("system", "Be brief."), turn("user", "Capital of France?"), turn("assistant", "Paris.")] });
    expect(prompt).toEqual({ messages: [turn("system", "Be brief."), turn("user", "Capital of France?")] });
    expect(reference).toEqual({ content: "Paris.", toolCalls: [], refusal: null });
  });

  it("keeps earlier assistant turns in the prompt of a multi-turn conversation", () => {
    const { prompt, reference } = example({
      messages: [turn("user", "Hi"), turn("assistant", "Hello! How can I help?"), turn("user", "Say bye"), turn("assistant", "Bye!")],
    });
    expect(prompt.messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(prompt.messages[1]).toEqual(turn("assistant", "Hello! How can I help?"));
    expect(reference.content).toBe("Bye!");
  });

  it("drops what comes after the last assistant reply", () => {
    const { prompt, reference } = example({ messages: [turn("user", "One"), turn("assistant", "Two"), turn("user", "A trailing question nobody answered")] });
    expect(prompt.messages).toEqual([turn("user", "One")]);
    expect(reference.content).toBe("Two");
  });

  it("keeps a tool call and its result in the prompt when the final answer is text", () => {
    const record: ChatLine = {
      tools: [weatherTool],
      parallel_tool_calls: false,
      messages: [
        { role: "user", content: "Weather in Paris?" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }],
        },
        { role: "tool", tool_call_id: "call_1", content: '{"temp":21}' },
        { role: "assistant", content: "It is 21 °C in Paris." },
      ],
    };
    const { prompt, reference } = example(record);
    expect(prompt.tools).toEqual([weatherTool]);
    expect(prompt.parallel_tool_calls).toBe(false);
    expect(prompt.messages).toEqual(record.messages.slice(0, 3));
    expect(reference).toEqual({ content: "It is 21 °C in Paris.", toolCalls: [], refusal: null });
  });

  it("makes a final tool call the reference", () => {
    const { prompt, reference } = example({
      tools: [weatherTool],
      messages: [
        { role: "user", content: "Weather in Oslo and Rome?" },
        {
          role: "assistant",
          tool_calls: [
            { id: "a", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
            { id: "b", type: "function", function: { name: "get_weather", arguments: '{"city":"Rome"}' } },
          ],
        },
      ],
    });
    expect(prompt.messages).toHaveLength(1);
    expect(reference).toEqual({
      content: null,
      toolCalls: [
        { name: "get_weather", arguments: '{"city":"Oslo"}' },
        { name: "get_weather", arguments: '{"city":"Rome"}' },
      ],
      refusal: null,
    });
  });

  it("reads a legacy function call as one tool call and keeps the function definitions", () => {
    const functions = [{ name: "lookup", parameters: { type: "object" } }];
    const { prompt, reference } = example({
      functions,
      messages: [
        { role: "user", content: "Look up Ada" },
        { role: "assistant", content: null, function_call: { name: "lookup", arguments: '{"q":"Ada"}' } },
      ],
    });
    expect(prompt.functions).toEqual(functions);
    expect(reference.toolCalls).toEqual([{ name: "lookup", arguments: '{"q":"Ada"}' }]);
  });

  it("strips weight from every prompt message and leaves the record untouched", () => {
    const record: ChatLine = {
      messages: [
        { role: "user", content: "Q1" },
        { role: "assistant", content: "A bad first answer", weight: 0 },
        { role: "user", content: "Q2" },
        { role: "assistant", content: "A2", weight: 1 },
      ],
    };
    const { prompt } = example(record);
    for (const m of prompt.messages) expect(m).not.toHaveProperty("weight");
    expect(record.messages[1]).toHaveProperty("weight", 0);
  });

  it("drops keys chat completions does not accept", () => {
    const record = {
      metadata: { source: "crm" },
      messages: [
        { role: "user", content: "Hi", note: "internal" },
        { role: "assistant", content: "Hello" },
      ],
    } as unknown as ChatLine;
    const { prompt } = example(record);
    expect(prompt).toEqual({ messages: [{ role: "user", content: "Hi" }] });
  });

  it("joins text parts and reads refusals from parts and from the refusal field", () => {
    const parts = example({
      messages: [
        { role: "user", content: [{ type: "text", text: "Tell me" }] },
        {
          role: "assistant",
          content: [
            { type: "text", text: "First." },
            { type: "text", text: "Second." },
          ],
        },
      ],
    });
    expect(parts.reference.content).toBe("First.\nSecond.");
    expect(parts.prompt.messages[0].content).toEqual([{ type: "text", text: "Tell me" }]);

    const refusedPart = example({
      messages: [
        { role: "user", content: "Do something bad" },
        { role: "assistant", content: [{ type: "refusal", refusal: "I can't help with that." }] },
      ],
    });
    expect(refusedPart.reference).toEqual({ content: null, toolCalls: [], refusal: "I can't help with that." });

    const refusedField = example({
      messages: [
        { role: "user", content: "Do something bad" },
        { role: "assistant", content: null, refusal: "No." },
      ],
    });
    expect(refusedField.reference.refusal).toBe("No.");
  });

  it("says what to add when there is nothing to compare or nothing to answer", () => {
    expect(error({ messages: [{ role: "user", content: "Hi" }] })).toMatch(/no assistant reply.*add the reply/);
    expect(
      error({
        messages: [
          { role: "system", content: "You are helpful." },
          { role: "assistant", content: "Hello!" },
        ],
      }),
    ).toMatch(/system messages.*add the user message/);
    expect(error({ messages: [{ role: "assistant", content: "Hello!" }] })).toMatch(/add the user message/);
  });
});

describe("extractEvalExample on preference records", () => {
  const record: PreferenceLine = {
    input: {
      messages: [
        { role: "system", content: "Answer in French." },
        { role: "user", content: "Hello" },
      ],
      tools: [weatherTool],
    },
    preferred_output: [{ role: "assistant", content: "Bonjour" }],
    non_preferred_output: [{ role: "assistant", content: "Hello" }],
  };

  it("makes the input the prompt and the preferred output the reference", () => {
    const { prompt, reference } = example(record);
    expect(prompt).toEqual({ messages: record.input.messages, tools: [weatherTool] });
    expect(reference).toEqual({ content: "Bonjour", toolCalls: [], refusal: null });
  });

  it("refuses an input of system messages only", () => {
    expect(error({ ...record, input: { messages: [{ role: "system", content: "x" }] } })).toMatch(/add the user message/);
  });
});

describe("answerFromCompletion", () => {
  it("reads text, function tool calls, a legacy function call, the refusal and the finish reason", () => {
    expect(answerFromCompletion({ content: "Hi", refusal: null }, "stop")).toEqual({
      content: "Hi",
      toolCalls: [],
      refusal: null,
      finishReason: "stop",
    });
    expect(
      answerFromCompletion(
        {
          content: null,
          tool_calls: [{ type: "function", function: { name: "f", arguments: "{}" } }, { type: "custom" }],
          function_call: { name: "g", arguments: '{"x":1}' },
        },
        "tool_calls",
      ),
    ).toEqual({
      content: null,
      toolCalls: [
        { name: "f", arguments: "{}" },
        { name: "g", arguments: '{"x":1}' },
      ],
      refusal: null,
      finishReason: "tool_calls",
    });
    expect(answerFromCompletion({ refusal: "I can't." })).toEqual({ content: null, toolCalls: [], refusal: "I can't.", finishReason: null });
  });
});

describe("answerText", () => {
  it("is the content, else the refusal, else empty", () => {
    expect(answerText({ content: "Text", toolCalls: [], refusal: "ignored" })).toBe("Text");
    expect(answerText({ content: null, toolCalls: [], refusal: "I can't." })).toBe("I can't.");
    expect(answerText({ content: "  ", toolCalls: [], refusal: "I can't." })).toBe("I can't.");
    expect(answerText({ content: null, toolCalls: [{ name: "f", arguments: "{}" }] })).toBe("");
  });
});
