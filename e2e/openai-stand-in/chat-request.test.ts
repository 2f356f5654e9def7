import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { postChat, refusal, weatherTool } from "./examples-for-tests";
import { standInForTests } from "./stand-in-for-tests";

// Chat completion requests the provider refuses, refused the same way: 400 with the
// error naming the parameter and the provider's code; 404 for a model that does not
// exist. The SDK is used where it can send the body; raw fetch where it would not.

const KEY = "sk-stand-in-chat-checks-0123456789";
const { base } = standInForTests(KEY, { timing: { chatMs: 0 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });
const user = [{ role: "user", content: "Hello there" }];

const post = (body: unknown) => postChat(base(), KEY, body);

type Expected = { param: string | null; code: string | null; message?: string | RegExp };

async function expectRefused(body: Record<string, unknown>, expected: Expected, status = 400) {
  const res = await post({ model: "gpt-4o-mini", messages: user, ...body });
  const text = JSON.stringify(body);
  expect(res.status, text).toBe(status);
  const { error } = await res.json();
  expect(Object.keys(error).sort(), text).toEqual(["code", "message", "param", "type"]);
  expect(error.type, text).toBe("invalid_request_error");
  expect({ param: error.param, code: error.code }, text).toEqual({ param: expected.param, code: expected.code });
  if (expected.message instanceof RegExp) expect(error.message, text).toMatch(expected.message);
  else if (expected.message !== undefined) expect(error.message, text).toBe(expected.message);
}

describe("the top-level parameters", () => {
  it("needs a model and messages, and refuses arguments the spec does not have", async () => {
    const res = await post({ messages: user });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toEqual({ message: "you must provide a model parameter", type: "invalid_request_error", param: null, code: null });
    await expectRefused({ messages: undefined }, { param: "messages", code: "missing_required_parameter", message: "Missing required parameter: 'messages'." });
    await expectRefused({ messages: [] }, { param: "messages", code: "empty_array" });
    await expectRefused({ model: 4 }, { param: "model", code: "invalid_type" });
    await expectRefused({ temprature: 1 }, { param: null, code: null, message: "Unrecognized request argument supplied: temprature" });
  });

  it("checks the sampling parameters' ranges", async () => {
    await expectRefused(
      { temperature: 2.5 },
      {
        param: "temperature",
        code: "decimal_above_max_value",
        message: "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.5 instead.",
      },
    );
    await expectRefused({ temperature: -0.1 }, { param: "temperature", code: "decimal_below_min_value" });
    await expectRefused({ temperature: "hot" }, { param: "temperature", code: "invalid_type" });
    await expectRefused({ top_p: 1.5 }, { param: "top_p", code: "decimal_above_max_value" });
    await expectRefused({ presence_penalty: -3 }, { param: "presence_penalty", code: "decimal_below_min_value" });
    await expectRefused({ n: 0 }, { param: "n", code: "integer_below_min_value" });
    await expectRefused({ n: 129 }, { param: "n", code: "integer_above_max_value" });
    await expectRefused({ n: 1.5 }, { param: "n", code: "invalid_type" });
    await expectRefused({ stop: ["a", "b", "c", "d", "e"] }, { param: "stop", code: "array_above_max_length" });
    // Accepted: the stand-in answers the same however it samples.
    expect((await post({ model: "gpt-4o-mini", messages: user, temperature: 0, top_p: 1, n: 2, seed: 7, stop: "\n" })).status).toBe(200);
  });

  it("takes max_tokens and max_completion_tokens as positive integers within the model's output cap", async () => {
    await expectRefused(
      { max_tokens: 0 },
      {
        param: "max_tokens",
        code: "integer_below_min_value",
        message: "Invalid 'max_tokens': integer below minimum value. Expected a value >= 1, but got 0 instead.",
      },
    );
    await expectRefused({ max_completion_tokens: 2.5 }, { param: "max_completion_tokens", code: "invalid_type" });
    await expectRefused(
      { max_completion_tokens: 20_000 },
      {
        param: "max_completion_tokens",
        code: "invalid_value",
        message: "max_completion_tokens is too large: 20000. This model supports at most 16384 completion tokens, whereas you provided 20000.",
      },
    );
    expect((await post({ model: "gpt-4.1-mini", messages: user, max_completion_tokens: 20_000 })).status).toBe(200);
  });

  it("refuses a prompt beyond the model's context window, with or without the completion's share", async () => {
    const long = [{ role: "user", content: "word ".repeat(17_000) }];
    await expectRefused(
      { model: "gpt-3.5-turbo", messages: long },
      {
        param: "messages",
        code: "context_length_exceeded",
        message: /^This model's maximum context length is 16385 tokens\. However, your messages resulted in \d+ tokens\./,
      },
    );
    const medium = [{ role: "user", content: "word ".repeat(15_000) }];
    await expectRefused(
      { model: "gpt-3.5-turbo", messages: medium, max_tokens: 4000 },
      { param: "messages", code: "context_length_exceeded", message: /However, you requested \d+ tokens \(\d+ in the messages, 4000 in the completion\)/ },
    );
  });

  it("does not stream, saying so", async () => {
    const e = await refusal(client().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], stream: true }));
    expect(e).toBeInstanceOf(OpenAI.BadRequestError);
    expect(e).toMatchObject({ status: 400, param: "stream", code: "unsupported_value" });
    expect(e.message).toMatch(/does not stream/);
  });
});

describe("messages", () => {
  it("checks each role's fields and content parts", async () => {
    await expectRefused(
      { messages: [{ role: "bot", content: "x" }] },
      { param: "messages[0].role", code: "invalid_value", message: /^Invalid value: 'bot'\. Supported values are: 'system', 'developer', 'user'/ },
    );
    await expectRefused({ messages: [{ content: "x" }] }, { param: "messages[0].role", code: "missing_required_parameter" });
    await expectRefused({ messages: [{ role: "user" }] }, { param: "messages[0].content", code: "missing_required_parameter" });
    await expectRefused({ messages: [{ role: "user", content: 3 }] }, { param: "messages[0].content", code: "invalid_type" });
    await expectRefused({ messages: [{ role: "user", content: [] }] }, { param: "messages[0].content", code: "empty_array" });
    await expectRefused(
      { messages: [{ role: "system", content: [{ type: "image_url", image_url: { url: "https://x" } }] }, ...user] },
      { param: "messages[0].content[0].type", code: "invalid_value" },
    );
    await expectRefused({ messages: [...user, { role: "assistant" }] }, { param: "messages[1].content", code: "missing_required_parameter" });
    await expectRefused(
      { messages: [...user, { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "f" } }] }] },
      { param: "messages[1].tool_calls[0].function.arguments", code: "missing_required_parameter" },
    );
    const parts = [
      {
        role: "user",
        content: [
          { type: "text", text: "What is in" },
          { type: "image_url", image_url: { url: "https://example.com/a.png" } },
        ],
      },
    ];
    expect((await post({ model: "gpt-4o-mini", messages: parts })).status).toBe(200);
  });

  it("pairs tool results with the assistant's tool calls", async () => {
    const call = { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{}" } }] };
    await expectRefused(
      { messages: [...user, { role: "tool", tool_call_id: "call_1", content: "sunny" }] },
      {
        param: "messages.[1].role",
        code: null,
        message: "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
      },
    );
    await expectRefused(
      { messages: [...user, call, { role: "user", content: "and?" }] },
      {
        param: "messages.[1].role",
        code: null,
        message: /must be followed by tool messages responding to each 'tool_call_id'\. The following tool_call_ids did not have response messages: call_1$/,
      },
    );
    await expectRefused(
      { messages: [...user, call, { role: "tool", content: "sunny" }] },
      { param: "messages[2].tool_call_id", code: "missing_required_parameter" },
    );
    expect((await post({ model: "gpt-4o-mini", messages: [...user, call, { role: "tool", tool_call_id: "call_1", content: "sunny" }] })).status).toBe(200);
  });
});

describe("tools and formats", () => {
  it("checks the tools' shape and names", async () => {
    await expectRefused({ tools: [] }, { param: "tools", code: "empty_array" });
    await expectRefused({ tools: [{ type: "retrieval" }] }, { param: "tools[0].type", code: "invalid_value" });
    await expectRefused({ tools: [{ type: "function" }] }, { param: "tools[0].function", code: "missing_required_parameter" });
    await expectRefused(
      { tools: [{ type: "function", function: { name: "get weather" } }] },
      { param: "tools[0].function.name", code: "invalid_value", message: /does not match pattern/ },
    );
    await expectRefused(
      { tools: [{ type: "function", function: { name: "x".repeat(65) } }] },
      { param: "tools[0].function.name", code: "string_above_max_length" },
    );
    await expectRefused(
      { tools: [{ type: "function", function: { name: "f", parameters: "{}" } }] },
      { param: "tools[0].function.parameters", code: "invalid_type" },
    );
    await expectRefused(
      { tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object", properties: { a: { type: "string" } } } } }] },
      {
        param: "tools[0].function.parameters",
        code: "invalid_function_parameters",
        message: "Invalid schema for function 'f': In context=(), 'additionalProperties' is required to be supplied and to be false.",
      },
    );
  });

  it("checks tool_choice against the tools", async () => {
    await expectRefused(
      { tool_choice: "auto" },
      { param: "tool_choice", code: null, message: "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified." },
    );
    await expectRefused({ parallel_tool_calls: false }, { param: "parallel_tool_calls", code: null });
    await expectRefused({ tools: [weatherTool], tool_choice: "sometimes" }, { param: "tool_choice", code: "invalid_value" });
    await expectRefused(
      { tools: [weatherTool], tool_choice: { type: "function", function: { name: "get_time" } } },
      { param: "tool_choice", code: "invalid_value", message: /no tool named 'get_time'/ },
    );
    await expectRefused({ tools: [weatherTool], tool_choice: { type: "function" } }, { param: "tool_choice.function", code: "missing_required_parameter" });
    expect(
      (
        await post({
          model: "gpt-4o-mini",
          messages: user,
          tools: [weatherTool],
          tool_choice: { type: "allowed_tools", allowed_tools: { mode: "auto", tools: [weatherTool] } },
        })
      ).status,
    ).toBe(200);
  });

  it("checks response_format, holding strict schemas to the Structured Outputs rules", async () => {
    await expectRefused({ response_format: { type: "xml" } }, { param: "response_format.type", code: "invalid_value" });
    await expectRefused({ response_format: { type: "json_schema" } }, { param: "response_format.json_schema", code: "missing_required_parameter" });
    await expectRefused(
      { response_format: { type: "json_schema", json_schema: { schema: {} } } },
      { param: "response_format.json_schema.name", code: "missing_required_parameter" },
    );
    const verdict = {
      type: "object",
      properties: { reason: { type: "string" }, verdict: { type: "string", enum: ["1", "2", "tie"] } },
      additionalProperties: false,
    };
    await expectRefused(
      { response_format: { type: "json_schema", json_schema: { name: "pairwise_verdict", strict: true, schema: { ...verdict, required: ["reason"] } } } },
      {
        param: "response_format",
        code: null,
        message:
          "Invalid schema for response_format 'pairwise_verdict': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'verdict'.",
      },
    );
    await expectRefused(
      {
        response_format: {
          type: "json_schema",
          json_schema: {
            name: "nested",
            strict: true,
            schema: { type: "object", properties: { inner: { type: "object", properties: {} } }, required: ["inner"], additionalProperties: false },
          },
        },
      },
      { param: "response_format", code: null, message: /In context=\('properties', 'inner'\), 'additionalProperties' is required/ },
    );
    await expectRefused(
      { response_format: { type: "json_object" } },
      { param: "messages", code: null, message: "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'." },
    );
  });
});
