import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { argumentsFor, closingFor, mentions } from "./chat-base-answer";
import { firstNumber, valueFor } from "./chat-schema-values";
import { standInForTests } from "./stand-in-for-tests";

// A base model's answers through the SDK: the same request gets the same answer byte
// for byte (apart from id and created), the text restates the question, tools the
// message names are called with arguments from the message, and the caps cut it.

const KEY = "sk-stand-in-chat-base-0123456789";
const { base } = standInForTests(KEY, { timing: { chatMs: 0 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });
type Params = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
const ask = (over: Partial<Params> & { content?: string }) => {
  const { content = "How do I reset my password on the portal?", ...rest } = over;
  return client().chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a support agent." },
      { role: "user", content },
    ],
    ...rest,
  });
};

const weather: OpenAI.Chat.ChatCompletionFunctionTool = {
  type: "function",
  function: {
    name: "get_current_weather",
    parameters: {
      type: "object",
      properties: {
        location: { type: "string" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"] },
        days: { type: "integer" },
        alerts: { type: "boolean" },
        note: { type: "string" },
      },
      required: ["location", "unit", "days", "alerts"],
    },
  },
};
/** The function calls of a choice (the stand-in makes no custom tool calls). */
const called = (c: OpenAI.Chat.ChatCompletion) =>
  (c.choices[0].message.tool_calls ?? []).map((t) => (t as OpenAI.Chat.ChatCompletionMessageFunctionToolCall).function);
const time: OpenAI.Chat.ChatCompletionFunctionTool = {
  type: "function",
  function: { name: "get_time", parameters: { type: "object", properties: { zone: { type: "string" } }, required: ["zone"] } },
};

describe("a base model's text answers", () => {
  it("restate the last user message and close with the family's sentence, the same every time", async () => {
    const first = await ask({});
    const again = await ask({});
    expect(first.choices[0].message).toEqual({
      role: "assistant",
      content: `About "How do I reset my password on the portal?": ${closingFor("gpt-4o-mini")}`,
      refusal: null,
      annotations: [],
    });
    expect(first.choices[0]).toMatchObject({ index: 0, logprobs: null, finish_reason: "stop" });
    const strip = (c: OpenAI.Chat.ChatCompletion) => ({ ...c, id: "", created: 0 });
    expect(JSON.stringify(strip(again))).toBe(JSON.stringify(strip(first)));
    expect(first.id).toMatch(/^chatcmpl-[0-9A-Za-z]{29}$/);
    expect(first).toMatchObject({
      object: "chat.completion",
      model: "gpt-4o-mini",
      service_tier: "default",
      system_fingerprint: expect.stringMatching(/^fp_[0-9a-f]{10}$/),
    });
    // A snapshot answers like its family; another family closes differently.
    expect((await ask({ model: "gpt-4o-mini-2024-07-18" })).choices[0].message.content).toBe(first.choices[0].message.content);
    const families = new Set(["gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-3.5-turbo"].map(closingFor));
    expect(families.size).toBeGreaterThan(1);
  });

  it("count usage with the model's tokenizer, the prompt by the cookbook's rule", async () => {
    const answer = await ask({ content: "Hello" });
    // 3 to prime the reply; per message 3 + role + content: system (3+1+6), user (3+1+1).
    expect(answer.usage).toEqual({
      prompt_tokens: 3 + (3 + 1 + 6) + (3 + 1 + 1),
      completion_tokens: expect.any(Number),
      total_tokens: expect.any(Number),
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    });
    expect(answer.usage!.total_tokens).toBe(answer.usage!.prompt_tokens + answer.usage!.completion_tokens);
  });

  it("are cut at max_tokens or max_completion_tokens with finish_reason length, and at a stop sequence", async () => {
    const full = (await ask({})).choices[0].message.content!;
    const capped = await ask({ max_tokens: 4 });
    expect(capped.choices[0].finish_reason).toBe("length");
    expect(capped.usage!.completion_tokens).toBeLessThanOrEqual(4);
    expect(full.startsWith(capped.choices[0].message.content!)).toBe(true);
    expect(capped.choices[0].message.content!.length).toBeLessThan(full.length);
    const newer = await ask({ max_completion_tokens: 4 });
    expect(newer.choices[0].message.content).toBe(capped.choices[0].message.content);
    // Both sent: the smaller cap wins.
    expect((await ask({ max_tokens: 500, max_completion_tokens: 4 })).choices[0].message.content).toBe(capped.choices[0].message.content);
    expect((await ask({ max_tokens: 500 })).choices[0]).toMatchObject({ finish_reason: "stop", message: { content: full } });
    expect((await ask({ stop: ["password"] })).choices[0]).toMatchObject({ finish_reason: "stop", message: { content: 'About "How do I reset my ' } });
  });

  it("give n identical choices, counting each one's tokens", async () => {
    const one = await ask({});
    const three = await ask({ n: 3 });
    expect(three.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(new Set(three.choices.map((c) => c.message.content))).toEqual(new Set([one.choices[0].message.content]));
    expect(three.usage!.completion_tokens).toBe(3 * one.usage!.completion_tokens);
  });

  it("are valid JSON when asked for JSON", async () => {
    const object = await ask({ content: "Reply in JSON: how do I reset my password?", response_format: { type: "json_object" } });
    expect(JSON.parse(object.choices[0].message.content!)).toEqual({ answer: expect.stringMatching(/^About "Reply in JSON/) });
    const schema = {
      type: "object",
      properties: { topic: { type: "string" }, steps: { type: "integer" }, urgent: { type: "boolean" } },
      required: ["topic", "steps", "urgent"],
      additionalProperties: false,
    };
    const structured = await ask({
      content: "Give 3 steps to reset a password",
      response_format: { type: "json_schema", json_schema: { name: "howto", strict: true, schema } },
    });
    const parsed = JSON.parse(structured.choices[0].message.content!);
    expect(Object.keys(parsed)).toEqual(["topic", "steps", "urgent"]);
    expect(parsed).toMatchObject({ steps: 3, urgent: false, topic: expect.any(String) });
  });
});

describe("a base model's tool calls", () => {
  it("call the tool the message names, with arguments from its words and numbers", async () => {
    const answer = await ask({ content: "What is the current weather in Boston for 3 days?", tools: [weather, time] });
    const choice = answer.choices[0];
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_[0-9A-Za-z]{24}$/),
        type: "function",
        function: { name: "get_current_weather", arguments: '{"location":"Boston days","unit":"celsius","days":3,"alerts":false}' },
      },
    ]);
    // The same request, the same call ids.
    expect((await ask({ content: "What is the current weather in Boston for 3 days?", tools: [weather, time] })).choices[0].message.tool_calls).toEqual(
      choice.message.tool_calls,
    );
  });

  it("answer in words when no tool is named, and follow tool_choice", async () => {
    const plain = await ask({ content: "How are you?", tools: [weather, time] });
    expect(plain.choices[0]).toMatchObject({ finish_reason: "stop", message: { content: expect.stringMatching(/^About "How are you\?"/) } });
    expect(plain.choices[0].message.tool_calls).toBeUndefined();
    const never = await ask({ content: "What is the current weather in Boston?", tools: [weather], tool_choice: "none" });
    expect(never.choices[0].message.tool_calls).toBeUndefined();
    const required = await ask({ content: "How are you?", tools: [weather, time], tool_choice: "required" });
    expect(called(required).map((f) => f.name)).toEqual(["get_current_weather"]);
    const named = await ask({ content: "How are you in Paris?", tools: [weather, time], tool_choice: { type: "function", function: { name: "get_time" } } });
    expect(called(named)).toEqual([{ name: "get_time", arguments: '{"zone":"Paris"}' }]);
  });

  it("call every tool named, or only the first without parallel calls, and answer a tool's result in words", async () => {
    const content = "Tell me the current weather and the time in Oslo";
    const both = await ask({ content, tools: [weather, time] });
    expect(called(both).map((f) => f.name)).toEqual(["get_current_weather", "get_time"]);
    const one = await ask({ content, tools: [weather, time], parallel_tool_calls: false });
    expect(called(one).map((f) => f.name)).toEqual(["get_current_weather"]);
    const after = await client().chat.completions.create({
      model: "gpt-4o-mini",
      tools: [time],
      messages: [
        { role: "user", content: "What is the time in Oslo?" },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_time", arguments: '{"zone":"Oslo"}' } }] },
        { role: "tool", tool_call_id: "call_1", content: "14:05" },
      ],
    });
    expect(after.choices[0].message.content).toMatch(/^The tool returned "14:05": /);
  });

  it("answer legacy functions with function_call", async () => {
    const answer = await ask({ content: "What is the time in Oslo?", functions: [time.function] });
    expect(answer.choices[0]).toMatchObject({
      finish_reason: "function_call",
      message: { content: null, function_call: { name: "get_time", arguments: '{"zone":"Oslo"}' } },
    });
  });

  it("are cut at the token cap like text", async () => {
    const answer = await ask({ content: "What is the current weather in Boston?", tools: [weather], max_tokens: 8 });
    expect(answer.choices[0].finish_reason).toBe("length");
    const call = answer.choices[0].message.tool_calls![0] as OpenAI.Chat.ChatCompletionMessageFunctionToolCall;
    const full = '{"location":"Boston","unit":"celsius","days":0,"alerts":false}';
    expect(full.startsWith(call.function.arguments)).toBe(true);
    expect(call.function.arguments.length).toBeLessThan(full.length);
    expect(answer.usage!.completion_tokens).toBeLessThanOrEqual(8);
  });
});

describe("the pieces", () => {
  it("a tool is mentioned by its name or every meaningful word of it", () => {
    expect(mentions("call get_current_weather please", { name: "get_current_weather" })).toBe(true);
    expect(mentions("Is the current weather nice?", { name: "get_current_weather" })).toBe(true);
    expect(mentions("Is the weather nice?", { name: "get_current_weather" })).toBe(false);
    expect(mentions("Lookup the order status", { name: "lookupOrderStatus" })).toBe(true);
    // A name of common verbs only is mentioned by the name itself.
    expect(mentions("get it", { name: "get_it" })).toBe(false);
    expect(mentions("use get_it", { name: "get_it" })).toBe(true);
  });

  it("schema values take words in order, the last string the rest, the first number, false and the first enum value", () => {
    const schema = {
      type: "object",
      properties: { from: { type: "string" }, to: { type: "string" }, amount: { type: "number" }, kind: { enum: ["a", "b"] }, extra: { type: "string" } },
      required: ["from", "to", "amount", "kind"],
    };
    expect(valueFor(schema, { words: ["USD", "EUR", "today"], number: 12.5 })).toEqual({ from: "USD", to: "EUR today", amount: 12.5, kind: "a" });
    expect(
      valueFor({ type: "object", properties: { q: { type: "string" }, n: { type: ["integer", "null"] } }, required: ["q", "n"] }, { words: [], number: null }),
    ).toEqual({ q: "", n: 0 });
    expect(
      valueFor(
        { type: "object", properties: { tags: { type: "array", items: { type: "string" }, minItems: 2 } }, required: ["tags"] },
        { words: ["x", "y"], number: null },
      ),
    ).toEqual({ tags: ["x", "y"] });
    expect(valueFor({ anyOf: [{ type: "null" }, { type: "boolean" }] }, { words: [], number: null })).toBe(false);
    expect(firstNumber("about 1,200.5 or 3")).toBe(1200.5);
    expect(firstNumber("none")).toBeNull();
  });

  it("tool arguments leave out the tool's own words and bare numbers", () => {
    const convert = {
      name: "convert_currency",
      description: "",
      parameters: {
        type: "object",
        properties: { from: { type: "string" }, to: { type: "string" }, amount: { type: "integer" } },
        required: ["amount", "from", "to"],
      },
    };
    expect(argumentsFor(convert, "Convert 12 USD to EUR")).toBe('{"amount":12,"from":"USD","to":"EUR"}');
  });
});
