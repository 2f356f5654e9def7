import { describe, expect, it } from "vitest";
import { argumentsParse, chatLineSchema, messageSchema, preferenceLineSchema, toolSchema } from "./schemas";

// Error wording is tested through parseLine; these pin down what counts as valid.

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe("messageSchema", () => {
  it.each([
    { role: "system", content: "s", name: "policy" },
    { role: "user", content: "" },
    { role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] },
    { role: "user", content: [{ type: "file", file: { file_id: "file-1" } }] },
    { role: "assistant", content: "a", weight: 0 },
    { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" } }] },
    { role: "assistant", content: [{ type: "refusal", refusal: "I can't help with that." }] },
    { role: "tool", content: "r", tool_call_id: "c" },
    { role: "function", content: null, name: "f" },
  ])("accepts %j", (message) => {
    expect(ok(messageSchema, message)).toBe(true);
  });

  it.each([
    { role: "developer", content: "d" },
    { role: "system", content: [{ type: "image_url", image_url: { url: "u" } }] },
    { role: "user", content: [{ type: "refusal", refusal: "r" }] },
    { role: "user", content: "u", weight: 0 },
    { role: "assistant", content: "a", weight: 0.5 },
    { role: "assistant", tool_calls: [] },
    { role: "assistant", content: "a", tool_calls: [{ id: "c", type: "custom", function: { name: "f", arguments: "{}" } }] },
    { role: "user", content: [{ type: "image_url", image_url: { url: "u", detail: "ultra" } }] },
    { role: "tool", content: "r" },
  ])("rejects %j", (message) => {
    expect(ok(messageSchema, message)).toBe(false);
  });
});

describe("toolSchema", () => {
  it("follows OpenAI's function name rule", () => {
    const tool = (name: string) => ({ type: "function", function: { name } });
    expect(ok(toolSchema, tool("get_stock-price2"))).toBe(true);
    expect(ok(toolSchema, tool("get stock"))).toBe(false);
    expect(ok(toolSchema, tool("x".repeat(65)))).toBe(false);
  });

  it("takes parameters as a JSON Schema object only", () => {
    expect(ok(toolSchema, { type: "function", function: { name: "f", parameters: { type: "object" } } })).toBe(true);
    expect(ok(toolSchema, { type: "function", function: { name: "f", parameters: [] } })).toBe(false);
  });
});

describe("line schemas", () => {
  it("needs an assistant message in a chat line", () => {
    expect(ok(chatLineSchema, { messages: [{ role: "user", content: "q" }] })).toBe(false);
    const messages = [
      { role: "user", content: "q" },
      { role: "assistant", content: "a" },
    ];
    expect(ok(chatLineSchema, { messages, parallel_tool_calls: true })).toBe(true);
  });

  it("needs exactly one assistant message per preference output", () => {
    const input = { messages: [{ role: "user", content: "q" }] };
    const a = { role: "assistant", content: "a" };
    expect(ok(preferenceLineSchema, { input, preferred_output: [a], non_preferred_output: [a] })).toBe(true);
    expect(ok(preferenceLineSchema, { input, preferred_output: [a, a], non_preferred_output: [a] })).toBe(false);
  });
});

describe("argumentsParse", () => {
  it("parses JSON arguments", () => {
    expect(argumentsParse('{"symbol": "BAC"}')).toEqual({ ok: true, value: { symbol: "BAC" } });
  });

  it("says why arguments are not JSON", () => {
    const result = argumentsParse("{symbol: BAC}");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/JSON|property/);
  });
});
