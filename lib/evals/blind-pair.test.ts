import { describe, expect, it } from "vitest";
import { blindName, storedAnswer, storedPrompt, storedReference } from "./blind-pair";

describe("storedAnswer", () => {
  it("keeps only what a judge reads, so an echoed model name cannot reach the page", () => {
    const json = JSON.stringify({
      content: "Hi",
      toolCalls: [{ name: "f", arguments: '{"a":1}', id: "x" }],
      finishReason: "stop",
      model: "gpt-secret",
      usage: { total: 3 },
    });
    const a = storedAnswer(json);
    expect(a).toEqual({ content: "Hi", toolCalls: [{ name: "f", arguments: '{"a":1}' }], refusal: null, finishReason: "stop" });
    expect(JSON.stringify(a)).not.toContain("gpt-secret");
  });

  it("turns arguments given as an object into JSON text, and missing parts into empty ones", () => {
    expect(storedAnswer(JSON.stringify({ toolCalls: [{ name: "g", arguments: { q: "x" } }] })).toolCalls).toEqual([{ name: "g", arguments: '{"q":"x"}' }]);
    expect(storedAnswer(null)).toEqual({ content: null, toolCalls: [], refusal: null, finishReason: null });
    expect(storedAnswer("not json")).toEqual({ content: null, toolCalls: [], refusal: null, finishReason: null });
  });
});

describe("storedReference", () => {
  it("is null when the reference says nothing", () => {
    expect(storedReference(JSON.stringify({ content: "", toolCalls: [] }))).toBeNull();
    expect(storedReference(JSON.stringify({ content: "Yes." }))?.content).toBe("Yes.");
  });
});

describe("storedPrompt", () => {
  it("passes the messages, tools and tool settings, and nothing else", () => {
    const p = storedPrompt(JSON.stringify({ messages: [{ role: "user", content: "q" }], tools: [], parallel_tool_calls: false, model: "gpt-secret" }));
    expect(p).toEqual({ messages: [{ role: "user", content: "q" }], tools: [], parallel_tool_calls: false });
  });
});

describe("blindName", () => {
  it("takes both model ids out of the name, the longer first", () => {
    expect(blindName("gpt-4o-mini vs FT:gpt-4o-mini:acme::x1 (parcels)", ["gpt-4o-mini", "ft:gpt-4o-mini:acme::x1"])).toBe("model A vs model B (parcels)");
  });

  it("leaves a name without model ids alone, and reads ids as plain text", () => {
    expect(blindName("Parcels, round 2", ["gpt-4o", "ft:a.b"])).toBe("Parcels, round 2");
    expect(blindName("ftXaYb run", ["ft:a.b"])).toBe("ftXaYb run");
  });
});
