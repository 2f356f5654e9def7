import { describe, expect, it } from "vitest";
import { parseLine } from "../formats/parse-line";
import { answerMessage, sendBackRecord } from "./send-back-record";

const prompt = {
  messages: [
    { role: "system" as const, content: "Be brief." },
    { role: "user" as const, content: "Refund order 12?" },
  ],
};
const reference = { content: null, toolCalls: [{ name: "refund", arguments: '{"order":12}' }] };
const losing = { content: "I cannot do refunds.", toolCalls: [] };

describe("the record a losing example becomes", () => {
  it("is the prompt and the losing answer for a chat set, a valid training line", () => {
    const record = sendBackRecord("chat", prompt, reference, losing);
    expect(record).toEqual({ messages: [...prompt.messages, { role: "assistant", content: "I cannot do refunds." }] });
    expect(parseLine(JSON.stringify(record)).kind).toBe("chat");
  });

  it("is a preference pair, the reference over the losing answer, for a preference set", () => {
    const record = sendBackRecord("preference", { ...prompt, tools: [{ type: "function", function: { name: "refund" } }] }, reference, losing);
    expect(record.preferred_output).toEqual([
      { role: "assistant", tool_calls: [{ id: "call_ref_1", type: "function", function: { name: "refund", arguments: '{"order":12}' } }] },
    ]);
    expect(record.non_preferred_output).toEqual([{ role: "assistant", content: "I cannot do refunds." }]);
    expect(parseLine(JSON.stringify(record)).kind).toBe("preference");
  });

  it("keeps a refusal given through the refusal field as the turn's text", () => {
    expect(answerMessage({ content: null, toolCalls: [], refusal: "I can't help with that." })).toEqual({
      role: "assistant",
      content: "I can't help with that.",
    });
  });
});
