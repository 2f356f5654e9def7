import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

const messages = [
  { role: "user", content: "When will my refund arrive?" },
  { role: "assistant", content: "Refunds take five days." },
];

describe("changedFields", () => {
  it("counts a text edit as messages only when the editor sends tools: null for a record without tools", () => {
    const edited = [messages[0], { role: "assistant", content: "Refunds take three days." }];
    expect(changedFields({ messages }, { messages: edited, tools: null }, ["messages", "tools"])).toEqual(["messages"]);
  });

  it("does not count messages sent back unchanged, whatever the order of their keys", () => {
    const same = messages.map((m) => ({ content: m.content, role: m.role }));
    const tools = [{ type: "function", function: { name: "refund_status" } }];
    expect(changedFields({ messages }, { messages: same, tools }, ["messages", "tools"])).toEqual(["tools"]);
  });

  it("counts the same tools as unchanged and removing them as a change", () => {
    const tools = [{ type: "function", function: { name: "refund_status", parameters: { type: "object" } } }];
    const copy = JSON.parse(JSON.stringify(tools));
    expect(changedFields({ messages, tools }, { messages, tools: copy }, ["messages", "tools"])).toEqual([]);
    expect(changedFields({ messages, tools }, { messages, tools: null }, ["messages", "tools"])).toEqual(["tools"]);
  });

  it("tells an empty list from an absent key: [] is written into the line", () => {
    expect(changedFields({ messages }, { tools: [] }, ["tools"])).toEqual(["tools"]);
  });

  it("treats a key holding undefined as absent, as JSON does", () => {
    const withUndefined = [{ ...messages[0], name: undefined }, messages[1]];
    expect(changedFields({ messages }, { messages: withUndefined }, ["messages"])).toEqual([]);
  });

  it("sees a change deep inside a turn, and a different number of turns", () => {
    const deep = [messages[0], { ...messages[1], tool_calls: [{ id: "a", type: "function", function: { name: "x", arguments: "{}" } }] }];
    expect(changedFields({ messages }, { messages: deep }, ["messages"])).toEqual(["messages"]);
    expect(changedFields({ messages }, { messages: messages.slice(0, 1) }, ["messages"])).toEqual(["messages"]);
  });
});
