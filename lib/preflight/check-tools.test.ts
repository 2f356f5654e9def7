import { describe, expect, it } from "vitest";
import { ASSISTANT, chat, check, found, messageOf, SYSTEM, USER } from "./example-fixtures";

const call = (id: string, args = '{"city": "Paris"}', name = "get_weather") => ({ id, type: "function", function: { name, arguments: args } });
const calling = (...calls: unknown[]) => ({ role: "assistant", tool_calls: calls });
const result = (id: unknown) => ({ role: "tool", tool_call_id: id, content: '{"temp": 21}' });
const tools = [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }];

describe("tool calls", () => {
  it("passes a call, its result and the reply", () => {
    expect(found(check({ ...chat(SYSTEM, USER, calling(call("c1")), result("c1"), ASSISTANT), tools, parallel_tool_calls: false }))).toEqual([]);
  });

  it("reports arguments that are an object, not JSON text, or not a JSON object", () => {
    const asObject = { id: "c1", type: "function", function: { name: "get_weather", arguments: { city: "Paris" } } };
    const r = check(chat(SYSTEM, USER, calling(asObject)));
    expect(found(r)).toEqual(["invalid_tool_call messages[2].tool_calls[0].function.arguments"]);
    expect(messageOf(r, "invalid_tool_call")).toContain("JSON.stringify");
    expect(found(check(chat(SYSTEM, USER, calling(call("c1", "{city: Paris}")))))).toEqual(["invalid_tool_call messages[2].tool_calls[0].function.arguments"]);
    expect(messageOf(check(chat(SYSTEM, USER, calling(call("c1", "[1, 2]")))), "invalid_tool_call")).toContain("got an array");
    expect(found(check(chat(SYSTEM, USER, calling(call("c1", "{}")))))).toEqual([]);
  });

  it("reports a missing id, a wrong type and a bad function name", () => {
    const r = check(chat(SYSTEM, USER, calling({ type: "tool", function: { name: "get weather!", arguments: "{}" } })));
    expect(found(r)).toEqual([
      "invalid_tool_call messages[2].tool_calls[0].id",
      "invalid_tool_call messages[2].tool_calls[0].type",
      "invalid_tool_call messages[2].tool_calls[0].function.name",
    ]);
    expect(found(check(chat(SYSTEM, USER, calling(call("c1", "{}", "a".repeat(65))))))).toEqual(["invalid_tool_call messages[2].tool_calls[0].function.name"]);
  });

  it("reports tool_calls that are not a non-empty list of call objects", () => {
    expect(found(check(chat(SYSTEM, USER, { role: "assistant", tool_calls: {} })))).toEqual(["invalid_tool_call messages[2].tool_calls"]);
    expect(found(check(chat(SYSTEM, USER, { role: "assistant", tool_calls: [] })))).toEqual(["invalid_tool_call messages[2].tool_calls"]);
    expect(found(check(chat(SYSTEM, USER, calling("c1"))))).toEqual(["invalid_tool_call messages[2].tool_calls[0]"]);
    expect(found(check(chat(SYSTEM, USER, calling({ id: "c1", type: "function" }))))).toEqual(["invalid_tool_call messages[2].tool_calls[0].function"]);
  });

  it("reports tool calls on a message that is not the assistant's", () => {
    const r = check(chat(SYSTEM, { ...USER, tool_calls: [call("c1")] }, ASSISTANT));
    expect(found(r)).toEqual(["invalid_tool_call messages[1].tool_calls"]);
  });

  it("reports an id used twice in one example, naming the first use", () => {
    const r = check(chat(SYSTEM, USER, calling(call("c1"), call("c1"))));
    expect(found(r)).toEqual(["invalid_tool_call messages[2].tool_calls[1].id"]);
    expect(messageOf(r, "invalid_tool_call")).toContain("messages[2].tool_calls[0]");
    expect(found(check(chat(SYSTEM, USER, calling(call("c1"), call("c2")))))).toEqual([]);
  });

  it("checks the legacy function_call like a tool call", () => {
    const legacy = { role: "assistant", function_call: { name: "get_weather", arguments: "not json" } };
    expect(found(check(chat(SYSTEM, USER, legacy)))).toEqual(["invalid_tool_call messages[2].function_call.arguments"]);
  });
});

describe("tool definitions", () => {
  it("reports malformed tools at their path", () => {
    const bad = [
      { type: "function", function: { name: "ok_name" } },
      { type: "function", function: { name: "bad name", parameters: "none" } },
      { type: "retrieval" },
      "get_weather",
    ];
    expect(found(check({ ...chat(SYSTEM, USER, ASSISTANT), tools: bad }))).toEqual([
      "invalid_tool_call tools[1].function.name",
      "invalid_tool_call tools[1].function.parameters",
      "invalid_tool_call tools[2].type",
      "invalid_tool_call tools[2].function",
      "invalid_tool_call tools[3]",
    ]);
    expect(found(check({ ...chat(SYSTEM, USER, ASSISTANT), tools: {} }))).toEqual(["invalid_tool_call tools"]);
    expect(found(check({ ...chat(SYSTEM, USER, ASSISTANT), tools, parallel_tool_calls: "yes" }))).toEqual(["invalid_tool_call parallel_tool_calls"]);
  });

  it("checks legacy functions definitions", () => {
    expect(found(check({ ...chat(SYSTEM, USER, ASSISTANT), functions: [{ name: "get_weather", description: 5 }] }))).toEqual([
      "invalid_tool_call functions[0].description",
    ]);
  });
});

describe("tool results", () => {
  it("reports a tool message whose id matches no earlier call, naming the calls made", () => {
    const r = check(chat(SYSTEM, USER, calling(call("c1")), result("c2"), ASSISTANT));
    expect(found(r)).toEqual(["orphan_tool_message messages[3].tool_call_id"]);
    expect(messageOf(r, "orphan_tool_message")).toContain('"c1"');
  });

  it("reports a tool message before its call, and one without an id", () => {
    expect(found(check(chat(SYSTEM, USER, result("c1"), calling(call("c1")), ASSISTANT)))).toEqual(["orphan_tool_message messages[2].tool_call_id"]);
    expect(found(check(chat(SYSTEM, USER, calling(call("c1")), result(undefined), ASSISTANT)))).toEqual(["orphan_tool_message messages[3].tool_call_id"]);
  });

  it("pairs each result of parallel calls with its own call", () => {
    expect(found(check(chat(SYSTEM, USER, calling(call("c1"), call("c2")), result("c2"), result("c1"), ASSISTANT)))).toEqual([]);
  });
});
