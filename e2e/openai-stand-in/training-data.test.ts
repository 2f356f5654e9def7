import { describe, expect, it } from "vitest";
import { checkExamples, uploadProblem } from "./training-data";

const file = (...lines: unknown[]) => Buffer.from(lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n"));

const chat = {
  messages: [
    { role: "user", content: "Hi" },
    { role: "assistant", content: "Hello" },
  ],
};

describe("checking a fine-tuning file", () => {
  it("counts examples, skipping blank lines, and a token for every four characters", () => {
    const line = JSON.stringify(chat);
    const summary = checkExamples(file(...Array(10).fill(chat), "", "  "), "chat", "training");
    expect(summary).toEqual({ examples: 10, tokens: 10 * Math.ceil(line.length / 4) });
  });

  it("takes assistant tool calls without content, and tool messages", () => {
    const tools = {
      messages: [
        { role: "user", content: "Weather?" },
        { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "c1", content: "sunny" },
        { role: "assistant", content: "Sunny.", weight: 1 },
      ],
    };
    expect(checkExamples(file(...Array(10).fill(tools)), "chat", "training")).toMatchObject({ examples: 10 });
  });

  it("names the line and message at fault", () => {
    const noAssistant = { messages: [{ role: "user", content: "Hi" }] };
    expect(checkExamples(file(chat, noAssistant), "chat", "validation")).toEqual({
      code: "invalid_validation_file",
      param: "validation_file",
      message: "The job failed due to an invalid validation file. Invalid file format. Line 2: no assistant message to learn from.",
    });
    const noContent = { messages: [{ role: "user" }, { role: "assistant", content: "x" }] };
    expect(checkExamples(file(noContent), "chat", "training")).toMatchObject({ message: expect.stringContaining('Line 1, message 1: missing "content".') });
    const badOutput = { input: { messages: [{ role: "user", content: "Hi" }] }, preferred_output: [{ role: "user", content: "x" }], non_preferred_output: [] };
    expect(checkExamples(file(badOutput), "preference", "training")).toMatchObject({
      message: expect.stringContaining('Line 1: "preferred_output" must be a non-empty list of assistant messages.'),
    });
    expect(checkExamples(file("[1, 2]"), "completion", "training")).toMatchObject({
      message: expect.stringContaining("Line 1: each line must be a JSON object."),
    });
  });

  it("finds lines that are not JSON when a file is uploaded", () => {
    expect(uploadProblem(file(chat, "", "{oops"))).toMatch(/^Invalid file format\. Line 3 is not valid JSON\./);
    expect(uploadProblem(Buffer.from("\n\n"))).toBe("Invalid file format. The file has no lines.");
    expect(uploadProblem(file(chat))).toBeNull();
  });
});
