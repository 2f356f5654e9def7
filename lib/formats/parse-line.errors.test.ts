import { describe, expect, it } from "vitest";
import { formatError, MAX_ERRORS_PER_LINE } from "./format-errors";
import { parseLine, type ParsedLine } from "./parse-line";
import { call, chat, reply, user } from "./line-fixtures";

// Every way a line can be rejected, with the exact words a user will read.

function errors(line: string): string[] {
  const parsed = parseLine(line);
  if (parsed.kind !== "invalid") throw new Error(`expected invalid, got ${parsed.kind}`);
  return parsed.errors.map(formatError);
}

describe("parseLine: whole-line errors", () => {
  it("reports invalid JSON with the parser's reason and what to do", () => {
    const parsed = parseLine('{"messages": [1, 2,]}') as Extract<ParsedLine, { kind: "invalid" }>;
    expect(parsed.kind).toBe("invalid");
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].path).toBe("");
    expect(parsed.errors[0].message).toMatch(/^not valid JSON \(Unexpected token '\]'\): fix the line so it is one JSON object$/);
  });

  it("keeps the parser's position when it gives one", () => {
    expect(errors('{"messages": [')[0]).toMatch(/^not valid JSON \(.+\): fix the line/);
    expect(errors('{"a": 1}}')[0]).toMatch(/at position 8/);
  });

  it.each([
    ["[1, 2]", "expected a JSON object, got an array"],
    ['"text"', "expected a JSON object, got a string"],
    ["null", "expected a JSON object, got null"],
    ["42", "expected a JSON object, got a number"],
  ])("rejects %s", (line, message) => {
    expect(errors(line)).toEqual([message]);
  });

  it("refuses nesting past the limit before anything walks it, naming where", () => {
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(errors(chat(user(), reply()).replace('"4"', deep(5000)))).toEqual([
      "messages[1].content[0][0][0][0][0]…: nested deeper than 64 levels: flatten or remove this value (Tuneset reads at most 64 levels of objects and arrays)",
    ]);
    expect(errors(`{"messages":[],"extra":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`)[0]).toMatch(
      /^extra\.a\.a\.a\.a\.a\.a\.a…: nested deeper than 64 levels/,
    );
    // Tool schemas nest deeply in real files; 64 levels leaves them room.
    expect(parseLine(chat(user(), reply()).replace('"4"', `"4","x":${deep(60)}`)).kind).toBe("chat");
  });

  it("names both accepted shapes when the line is neither", () => {
    const [message] = errors('{"prompt": "hi", "completion": "there"}');
    expect(message).toContain('{"messages": [...]}');
    expect(message).toContain('"preferred_output"');
    expect(errors("{}")).toEqual([message]);
  });

  it("rejects a line that mixes both shapes", () => {
    expect(errors(JSON.stringify({ messages: [user(), reply()], input: {} }))[0]).toMatch(/^has both "messages"/);
  });
});

describe("parseLine: chat errors", () => {
  it("rejects messages that is not an array", () => {
    expect(errors('{"messages": "hi"}')).toEqual(["messages: expected an array, got a string"]);
  });

  it("rejects a message that is not an object", () => {
    expect(errors(chat("hello", user(), reply()))).toEqual(['messages[0]: expected a message object like {"role": "user", "content": "..."}']);
  });

  it("names the roles on an unknown role", () => {
    expect(errors(chat({ role: "system", content: "s" }, user(), { role: "bot", content: "x" }, reply()))).toEqual([
      "messages[2].role: expected one of system, user, assistant, tool",
    ]);
  });

  it("rejects a missing role", () => {
    expect(errors(chat({ content: "x" }, reply()))).toEqual(["messages[0].role: required: set it to one of system, user, assistant, tool"]);
  });

  it("rejects missing content", () => {
    expect(errors(chat({ role: "user" }, reply()))).toEqual(["messages[0].content: required"]);
    expect(errors(chat(user(), { role: "tool", tool_call_id: "c" }, reply()))).toEqual(["messages[1].content: required"]);
  });

  it("rejects content of the wrong type", () => {
    expect(errors(chat(user(42), reply()))).toEqual(["messages[0].content: expected a string or an array of content parts"]);
    expect(errors(chat(user([]), reply()))).toEqual(["messages[0].content: expected at least one content part"]);
  });

  it("rejects an assistant message without content or tool_calls", () => {
    const message = "assistant message has neither content nor tool_calls: add the reply the model should learn";
    expect(errors(chat(user(), { role: "assistant" }))).toEqual([`messages[1]: ${message}`]);
    expect(errors(chat(user(), { role: "assistant", content: null }))).toEqual([`messages[1]: ${message}`]);
  });

  it("rejects weight other than 0 or 1", () => {
    expect(errors(chat(user(), reply({ weight: 2 })))).toEqual(["messages[1].weight: weight must be 0 (skip this reply in training) or 1 (train on it)"]);
    expect(errors(chat(user(), reply({ weight: "1" })))).toHaveLength(1);
  });

  it("rejects weight on a non-assistant message", () => {
    expect(errors(chat({ ...user(), weight: 1 }, reply()))).toEqual(["messages[0].weight: weight is only allowed on assistant messages: remove it"]);
  });

  it("rejects tool call arguments that are not a string", () => {
    expect(errors(chat(user(), { role: "assistant", tool_calls: [call({ x: 1 })] }))).toEqual([
      "messages[1].tool_calls[0].function.arguments: expected a string: tool call arguments are JSON text, so encode the object with JSON.stringify",
    ]);
  });

  it("does not check that arguments parse as JSON (pre-flight does)", () => {
    expect(parseLine(chat(user(), { role: "assistant", tool_calls: [call("{not json")] })).kind).toBe("chat");
  });

  it("rejects a line with no assistant message", () => {
    expect(errors(chat(user()))).toEqual(["messages: no assistant message: add the assistant reply the model should learn"]);
    expect(errors(chat())).toEqual(["messages: no assistant message: add the assistant reply the model should learn"]);
  });

  it("rejects a tool message without tool_call_id and a bad parallel_tool_calls", () => {
    const line = JSON.stringify({ messages: [user(), { role: "tool", content: "3" }, reply()], parallel_tool_calls: "yes" });
    expect(errors(line)).toEqual(["messages[1].tool_call_id: required", "parallel_tool_calls: expected a boolean, got a string"]);
  });

  it("rejects bad content parts where they are", () => {
    const line = chat(
      { role: "system", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] },
      user([{ type: "video", url: "v" }, { type: "text" }]),
      reply(),
    );
    expect(errors(line)).toEqual([
      'messages[0].content[0].type: expected "text": system messages take only text parts',
      "messages[0].content[0].text: required",
      "messages[1].content[0].type: expected one of text, image_url, input_audio, file",
      "messages[1].content[1].text: required",
    ]);
  });

  it("returns every error of the line, capped", () => {
    const line = chat(user(1), { role: "assistant", weight: 3 }, { role: "x" });
    expect(errors(line)).toHaveLength(3);
    const many = chat(...Array.from({ length: 80 }, () => ({ role: "user" })), reply());
    expect(errors(many)).toHaveLength(MAX_ERRORS_PER_LINE);
  });
});

describe("parseLine: preference errors", () => {
  const input = { messages: [user()] };
  const out = [reply()];
  const dpo = (line: object) => JSON.stringify(line);

  it("rejects an empty preferred_output", () => {
    expect(errors(dpo({ input, preferred_output: [], non_preferred_output: out }))).toEqual(["preferred_output: expected exactly one assistant message"]);
  });

  it("rejects an output that is not an assistant message", () => {
    expect(errors(dpo({ input, preferred_output: out, non_preferred_output: [user()] }))).toEqual(['non_preferred_output[0].role: expected "assistant"']);
  });

  it("rejects a missing input and empty input messages", () => {
    expect(errors(dpo({ preferred_output: out, non_preferred_output: out }))).toEqual(["input: required"]);
    expect(errors(dpo({ input: { messages: [] }, preferred_output: out, non_preferred_output: out }))).toEqual([
      "input.messages: expected at least one message: add the prompt",
    ]);
  });

  it("rejects two outputs and a missing non_preferred_output", () => {
    expect(errors(dpo({ input, preferred_output: [reply(), reply()] }))).toEqual([
      "preferred_output: expected exactly one assistant message",
      "non_preferred_output: required",
    ]);
  });
});
