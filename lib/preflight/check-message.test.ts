import { describe, expect, it } from "vitest";
import { ASSISTANT, chat, check, found, good, GPT4O, messageOf, MINI, SYSTEM, USER } from "./example-fixtures";

describe("messages: shape and role", () => {
  it("reports message_not_object at the message's index", () => {
    expect(found(check(chat(SYSTEM, "hello", USER, ASSISTANT)))).toEqual(["message_not_object messages[1]"]);
    expect(found(check(good()))).toEqual([]);
  });

  it("reports unknown_role and says what the role should be", () => {
    const result = check(chat({ role: "developer", content: "Be brief." }, USER, ASSISTANT));
    expect(found(result)).toEqual(["unknown_role messages[0].role", "no_system_message messages"]);
    expect(messageOf(result, "unknown_role")).toBe('role "developer" is not one OpenAI fine-tuning accepts: "developer" should be "system"');
    expect(messageOf(check(chat(SYSTEM, { role: "User", content: "Hi" }, ASSISTANT)), "unknown_role")).toContain('should be "user"');
    expect(messageOf(check(chat(SYSTEM, { role: "narrator", content: "Hi" }, USER, ASSISTANT)), "unknown_role")).toContain(
      "use system, user, assistant or tool",
    );
    expect(messageOf(check(chat(SYSTEM, { content: "Hi" }, USER, ASSISTANT)), "unknown_role")).toContain("has no role");
  });

  it("accepts the legacy function role with a name", () => {
    const call = { role: "assistant", function_call: { name: "lookup", arguments: "{}" } };
    const result = { role: "function", name: "lookup", content: "42" };
    expect(found(check(chat(SYSTEM, USER, call, result, ASSISTANT)))).toEqual([]);
    expect(found(check(chat(SYSTEM, USER, call, { role: "function", content: "42" }, ASSISTANT)))).toEqual(["invalid_tool_call messages[3].name"]);
  });
});

describe("messages: content", () => {
  it.each([
    ["missing", { role: "user" }, "has no content"],
    ["null", { role: "user", content: null }, "has content null"],
    ["empty", { role: "user", content: "" }, "has empty content"],
    ["whitespace", { role: "user", content: " \n\t" }, "has empty content"],
    ["parts without text", { role: "user", content: [{ type: "text", text: "  " }] }, "has content parts with no text"],
  ])("reports missing_content for a user message with %s content", (_, user, words) => {
    const result = check(chat(SYSTEM, user, ASSISTANT));
    expect(found(result)).toEqual(["missing_content messages[1].content"]);
    expect(messageOf(result, "missing_content")).toContain(`user message ${words}`);
  });

  it("reports missing_content for system and tool messages too", () => {
    expect(found(check(chat({ role: "system", content: "" }, USER, ASSISTANT)))).toEqual(["missing_content messages[0].content"]);
    const call = { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] };
    const tool = { role: "tool", tool_call_id: "c1", content: "" };
    expect(found(check(chat(SYSTEM, USER, call, tool, ASSISTANT)))).toEqual(["missing_content messages[3].content"]);
  });

  it("reports an assistant message with neither content nor tool calls", () => {
    for (const reply of [{ role: "assistant" }, { role: "assistant", content: null }, { role: "assistant", content: "   " }]) {
      expect(found(check(chat(SYSTEM, USER, reply)))).toEqual(["missing_content messages[2].content"]);
    }
    const calls = { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] };
    expect(found(check(chat(SYSTEM, USER, calls)))).toEqual([]);
  });

  it("reports content that is neither a string nor parts", () => {
    const result = check(chat(SYSTEM, { role: "user", content: 42 }, ASSISTANT));
    expect(found(result)).toEqual(["missing_content messages[1].content"]);
    expect(messageOf(result, "missing_content")).toContain("got a number");
  });

  it("accepts text parts", () => {
    expect(found(check(chat(SYSTEM, { role: "user", content: [{ type: "text", text: "Hi" }] }, ASSISTANT)))).toEqual([]);
  });
});

describe("messages: content a fine-tune cannot take", () => {
  const image = { type: "image_url", image_url: { url: "https://example.com/cat.png" } };
  const withImage = chat(SYSTEM, { role: "user", content: [{ type: "text", text: "What is this?" }, image] }, ASSISTANT);

  it("reports images for a model without vision fine-tuning, naming those with it", () => {
    const result = check(withImage, MINI);
    expect(found(result)).toEqual(["unsupported_content messages[1].content[1]"]);
    expect(messageOf(result, "unsupported_content")).toContain("gpt-4o, gpt-4.1, gpt-4.1-mini");
    expect(found(check(withImage, GPT4O))).toEqual([]);
  });

  it("accepts a user message that is only an image, for a model that takes images", () => {
    expect(found(check(chat(SYSTEM, { role: "user", content: [image] }, ASSISTANT), GPT4O))).toEqual([]);
  });

  it("reports images outside user messages", () => {
    expect(found(check(chat({ role: "system", content: [image] }, USER, ASSISTANT), GPT4O))).toEqual(["unsupported_content messages[0].content[0]"]);
  });

  it("reports audio and file parts for every model", () => {
    const audio = { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } };
    const file = { type: "file", file: { file_id: "file-1" } };
    const result = check(chat(SYSTEM, { role: "user", content: [audio, file] }, ASSISTANT), GPT4O);
    expect(found(result)).toEqual(["unsupported_content messages[1].content[0]", "unsupported_content messages[1].content[1]"]);
    expect(result.findings[0].message).toContain("transcript");
  });

  it("reports part types the format does not have", () => {
    const result = check(chat(SYSTEM, { role: "user", content: [{ type: "txt", text: "Hi" }] }, ASSISTANT));
    expect(found(result)).toEqual(["unsupported_content messages[1].content[0]"]);
    expect(messageOf(result, "unsupported_content")).toContain('"txt"');
  });
});

describe("messages: weight", () => {
  it("reports a weight other than 0 or 1", () => {
    const result = check(chat(SYSTEM, USER, { ...ASSISTANT, weight: 0.5 }));
    expect(found(result)).toEqual(["invalid_weight messages[2].weight"]);
    expect(messageOf(result, "invalid_weight")).toContain("got 0.5");
    expect(found(check(chat(SYSTEM, USER, { ...ASSISTANT, weight: "1" })))).toEqual(["invalid_weight messages[2].weight"]);
  });

  it("reports a weight on a message that is not the assistant's", () => {
    expect(found(check(chat({ ...SYSTEM, weight: 1 }, USER, ASSISTANT)))).toEqual(["invalid_weight messages[0].weight"]);
  });

  it("accepts weights 0 and 1 on assistant messages", () => {
    const first = { role: "assistant", content: "Hello.", weight: 0 };
    expect(found(check(chat(SYSTEM, USER, first, USER, { ...ASSISTANT, weight: 1 })))).toEqual([]);
  });
});

describe("messages: the conversation as a whole", () => {
  it("reports no_assistant_message", () => {
    expect(found(check(chat(SYSTEM, USER)))).toEqual(["no_assistant_message messages"]);
  });

  it("warns about no system message and no user message", () => {
    expect(found(check(chat(USER, ASSISTANT)))).toEqual(["no_system_message messages"]);
    expect(found(check(chat(SYSTEM, ASSISTANT)))).toEqual(["no_user_message messages"]);
  });

  it("warns when every assistant message has weight 0", () => {
    const skipped = { ...ASSISTANT, weight: 0 };
    const result = check(chat(SYSTEM, USER, skipped, USER, skipped));
    expect(found(result)).toEqual(["no_trainable_turn messages"]);
    expect(result.errorCount).toBe(0);
    expect(found(check(chat(SYSTEM, USER, skipped, USER, ASSISTANT)))).toEqual([]);
  });
});
