import { describe, expect, it } from "vitest";
import { ASSISTANT, check, found, GPT35, messageOf, MINI, SYSTEM, USER } from "./example-fixtures";

const pair = (input: unknown, preferred: unknown = [ASSISTANT], nonPreferred: unknown = [{ role: "assistant", content: "Lyon." }]) => ({
  input,
  preferred_output: preferred,
  non_preferred_output: nonPreferred,
});
const prompt = { messages: [SYSTEM, USER] };

describe("preference lines", () => {
  it("passes a well-formed pair and counts it as a preference example", () => {
    const r = check(pair(prompt));
    expect(found(r)).toEqual([]);
    expect(r.kind).toBe("preference");
    expect(r.tokens?.preference).toBeDefined();
  });

  it("reports a pair for a model that cannot be trained with DPO", () => {
    const r = check(pair(prompt), GPT35);
    expect(found(r)).toEqual(["invalid_preference"]);
    expect(messageOf(r, "invalid_preference")).toContain("gpt-4o-mini");
  });

  it("reports an input that is missing, has no messages or does not end with the user", () => {
    expect(found(check(pair(undefined)))).toEqual(["invalid_preference input"]);
    expect(found(check(pair({ messages: [] })))).toEqual(["invalid_preference input.messages"]);
    const endsWithAssistant = check(pair({ messages: [SYSTEM, USER, ASSISTANT] }));
    expect(found(endsWithAssistant)).toEqual(["invalid_preference input.messages[2]"]);
    expect(messageOf(endsWithAssistant, "invalid_preference")).toContain("ends with an assistant message");
  });

  it("reports outputs that are not exactly one assistant message", () => {
    expect(found(check(pair(prompt, ASSISTANT)))).toEqual(["invalid_preference preferred_output"]);
    expect(found(check(pair(prompt, [ASSISTANT], [ASSISTANT, ASSISTANT])))).toEqual(["invalid_preference non_preferred_output"]);
    expect(found(check(pair(prompt, [USER])))).toEqual(["invalid_preference preferred_output[0].role"]);
    expect(found(check(pair(prompt, [{ role: "assistant", content: "" }])))).toEqual(["missing_content preferred_output[0].content"]);
  });

  it("checks the prompt's messages with the chat rules at input.messages paths", () => {
    const r = check(
      pair({
        messages: [
          { role: "developer", content: "Be brief." },
          { role: "user", content: "" },
        ],
      }),
    );
    expect(found(r)).toEqual(["unknown_role input.messages[0].role", "missing_content input.messages[1].content", "no_system_message input.messages"]);
    expect(found(check(pair({ messages: [USER], tools: [{ type: "function" }] })))).toEqual([
      "invalid_tool_call input.tools[0].function",
      "no_system_message input.messages",
    ]);
  });

  it("lets both outputs use the same call id", () => {
    const calls = { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] };
    expect(found(check(pair(prompt, [calls], [calls])))).toEqual([]);
  });

  it("reports a line with both shapes", () => {
    const r = check({ messages: [SYSTEM, USER, ASSISTANT], ...pair(prompt) }, MINI);
    expect(found(r)).toEqual(["invalid_preference"]);
    expect(r.kind).toBe("chat");
  });

  it("shows a weight on an output as an unknown key", () => {
    expect(found(check(pair(prompt, [{ ...ASSISTANT, weight: 1 }])))).toEqual(["unknown_key preferred_output[0].weight"]);
  });
});
