import { describe, expect, it } from "vitest";
import {
  addTurnAfter,
  deleteTurn,
  EditError,
  moveTurn,
  setRole,
  setSystemPrompt,
  setToolCalls,
  setWeight,
  swapPreference,
  toolCallProblems,
  updateTurn,
  type ChatRecord,
  type PreferenceRecord,
} from "./edit-operations";
import { validateRecord } from "./validate-record";

const chat = (): ChatRecord => ({
  messages: [
    { role: "system", content: "Be brief." },
    { role: "user", content: "Hi" },
    { role: "assistant", content: "Hello", weight: 0 },
    { role: "user", content: "Bye" },
    { role: "assistant", content: "Goodbye" },
  ],
  metadata: { kept: true },
});

const contents = (r: ChatRecord) => r.messages.map((m) => m.content);

describe("edit operations", () => {
  it("add, delete and move turns without touching the input or unknown keys", () => {
    const before = chat();
    const added = addTurnAfter(before, 1, { role: "assistant", content: "Hey" });
    expect(contents(added)).toEqual(["Be brief.", "Hi", "Hey", "Hello", "Bye", "Goodbye"]);
    expect(contents(addTurnAfter(before, -1, { role: "system", content: "X" }))[0]).toBe("X");
    expect(contents(deleteTurn(before, 3))).toEqual(["Be brief.", "Hi", "Hello", "Goodbye"]);
    expect(contents(moveTurn(before, 4, 1))).toEqual(["Be brief.", "Goodbye", "Hi", "Hello", "Bye"]);
    expect(before).toEqual(chat());
    expect(added.metadata).toEqual({ kept: true });
    expect(() => deleteTurn(before, 9)).toThrow(EditError);
    expect(() => moveTurn(before, 0, 5)).toThrow(/no turn 6/);
  });

  it("changing a role drops keys the new role may not carry", () => {
    const r = setRole(chat(), 2, "user");
    expect(r.messages[2]).toEqual({ role: "user", content: "Hello" });
    expect(validateRecord(r).kind).toBe("chat");
  });

  it("weight is for assistant turns; training is the default and written as absent", () => {
    expect(setWeight(chat(), 2, true).messages[2]).toEqual({ role: "assistant", content: "Hello" });
    expect(setWeight(chat(), 4, false).messages[4].weight).toBe(0);
    expect(() => setWeight(chat(), 1, false)).toThrow(/Only assistant/);
  });

  it("sets, adds and removes the system prompt", () => {
    expect(setSystemPrompt(chat(), "New").messages[0]).toEqual({ role: "system", content: "New" });
    expect(setSystemPrompt(chat(), "  ").messages[0].role).toBe("user");
    const noSystem = deleteTurn(chat(), 0);
    expect(setSystemPrompt(noSystem, "Added").messages[0]).toEqual({ role: "system", content: "Added" });
  });

  it("edits tool calls and says what is wrong with them as typed", () => {
    const calls = [{ id: "call_1", name: "get_invoice", arguments: '{"id": "in_1"}' }];
    const r = setToolCalls(chat(), 4, calls);
    expect(r.messages[4].tool_calls).toEqual([{ id: "call_1", type: "function", function: { name: "get_invoice", arguments: '{"id": "in_1"}' } }]);
    expect(toolCallProblems(calls)).toEqual([]);
    expect(toolCallProblems([{ id: "", name: "bad name", arguments: "{oops" }])).toEqual([
      "tool call 1: the function name must be 1-64 letters, digits, _ or -",
      expect.stringMatching(/^tool call 1: arguments must be a JSON string that parses/),
      "tool call 1: give the call an id so a tool turn can answer it",
    ]);
    expect(() => setToolCalls(chat(), 1, calls)).toThrow(/Only assistant/);
    expect(setToolCalls(r, 4, []).messages[4].tool_calls).toBeUndefined();
  });

  it("an edit that breaks the format is still a record, reported as invalid", () => {
    const noAssistant = deleteTurn(deleteTurn(chat(), 4), 2);
    const verdict = validateRecord(noAssistant);
    expect(verdict.kind).toBe("invalid");
    expect(verdict.errors.map((e) => e.message).join(" ")).toMatch(/assistant/);
    expect(validateRecord(updateTurn(chat(), 1, { content: "Changed" })).kind).toBe("chat");
  });

  it("swaps the preferred and non-preferred answers", () => {
    const pref: PreferenceRecord = {
      input: { messages: [{ role: "user", content: "Q" }] },
      preferred_output: [{ role: "assistant", content: "good" }],
      non_preferred_output: [{ role: "assistant", content: "bad" }],
    };
    const swapped = swapPreference(pref);
    expect(swapped.preferred_output[0].content).toBe("bad");
    expect(swapPreference(swapped)).toEqual(pref);
    expect(validateRecord(swapped).kind).toBe("preference");
  });
});
