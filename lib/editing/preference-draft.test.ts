import { describe, expect, it } from "vitest";
import {
  addInputTurnAfter,
  deleteInputTurn,
  moveInputTurn,
  setInputCalls,
  updateInputTurn,
  draftFromRecord,
  preparePreferenceSave,
  PreferenceDraftSchema,
  swapAnswers,
  updateAnswer,
  type ParseCalls,
} from "./preference-draft";
import { conflictParts, messagesText, partsOf } from "./preference-conflict";
import { validateRecord } from "./validate-record";

const stored = () => ({
  input: {
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Weather in Paris?" },
    ],
    tools: [{ type: "function", function: { name: "weather", parameters: { type: "object" } } }],
  },
  preferred_output: [{ role: "assistant", content: "Sunny.", note: "kept" }],
  non_preferred_output: [{ role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: "{}" }, extra: 1 }] }],
});

// Stands in for the editor's parser: JSON arrays of {id, function: {name, arguments}}.
const parse: ParseCalls = (text) => {
  if (!text.trim()) return [];
  try {
    return JSON.parse(text).map((c: { id: string; function: { name: string; arguments: string } }) => ({
      id: c.id,
      name: c.function.name,
      arguments: c.function.arguments,
    }));
  } catch {
    return null;
  }
};

describe("preference draft", () => {
  it("starts from the stored record and saves it back unchanged, unknown keys and untouched tool calls included", () => {
    const draft = draftFromRecord(stored());
    expect(PreferenceDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.answerCalls.non_preferred_output).toContain('"extra": 1');
    expect(preparePreferenceSave(draft, parse)).toEqual({ ok: true, parts: stored() });
  });

  it("swaps the answers with their typed tool calls, without touching the input", () => {
    const draft = draftFromRecord(stored());
    const swapped = swapAnswers(draft);
    expect(swapped.record.preferred_output).toEqual(stored().non_preferred_output);
    expect(swapped.record.non_preferred_output).toEqual(stored().preferred_output);
    expect(swapped.answerCalls.preferred_output).toBe(draft.answerCalls.non_preferred_output);
    expect(swapped.record.input).toBe(draft.record.input);
    expect(swapAnswers(swapped)).toEqual(draft);
  });

  it("edits an answer's text and applies changed tool calls", () => {
    let draft = updateAnswer(draftFromRecord(stored()), "preferred_output", { content: "Sunny, 24 °C." });
    draft = {
      ...draft,
      answerCalls: { ...draft.answerCalls, non_preferred_output: '[{"id": "c2", "function": {"name": "weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]' },
    };
    const prepared = preparePreferenceSave(draft, parse);
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.parts.preferred_output).toEqual([{ role: "assistant", content: "Sunny, 24 °C.", note: "kept" }]);
    expect(prepared.parts.non_preferred_output[0].tool_calls).toEqual([
      { id: "c2", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } },
    ]);
    expect(validateRecord(prepared.parts).kind).toBe("preference");
  });

  it("refuses to save tool calls that do not parse yet, and gives an empty answer a blank assistant turn", () => {
    const draft = draftFromRecord({ input: { messages: [] }, preferred_output: [] });
    expect(draft.record.preferred_output).toEqual([{ role: "assistant", content: "" }]);
    const broken = { ...draft, answerCalls: { ...draft.answerCalls, preferred_output: "[{" } };
    expect(preparePreferenceSave(broken, parse)).toEqual({ ok: false, problem: "Fix the tool calls of the preferred answer first." });
  });
});

describe("input turns", () => {
  it("add, move, edit and delete turns with their typed tool calls beside them", () => {
    let draft = addInputTurnAfter(draftFromRecord(stored()), 1, { role: "assistant", content: "" });
    draft = setInputCalls(draft, 2, "[]");
    draft = moveInputTurn(draft, 2, 0);
    expect(draft.record.input.messages.map((m) => m.role)).toEqual(["assistant", "system", "user"]);
    expect(draft.inputCalls).toEqual(["[]", "", ""]);
    draft = updateInputTurn(draft, 0, { role: "user", content: "Hi" });
    draft = deleteInputTurn(draft, 1);
    expect(draft.record.input.messages).toEqual([
      { role: "user", content: "Hi" },
      { role: "user", content: "Weather in Paris?" },
    ]);
    expect(draft.inputCalls).toEqual(["[]", ""]);
    expect(draft.record.input.tools).toEqual(stored().input.tools);
  });
});

describe("preference conflict", () => {
  it("shows both versions per part and marks the parts that differ", () => {
    const mine = stored();
    const theirs = { ...stored(), preferred_output: [{ role: "assistant", content: "Rainy." }] };
    const parts = conflictParts(theirs, mine);
    expect(parts.map((p) => [p.label, p.same])).toEqual([
      ["Input", true],
      ["Preferred answer", false],
      ["Non-preferred answer", true],
    ]);
    expect(parts[1]).toMatchObject({ theirs: "assistant: Rainy.", mine: "assistant: Sunny." });
    expect(parts[0].mine).toBe("system: Be brief.\n\nuser: Weather in Paris?");
    expect(messagesText(stored().non_preferred_output)).toContain("tool calls: [");
  });

  it("reads a colleague's version that no longer passes the format from its raw line", () => {
    expect(partsOf({ raw: JSON.stringify({ preferred_output: [] }) })).toEqual({ preferred_output: [] });
    expect(partsOf({ raw: "not json" })).toEqual({});
    expect(conflictParts({}, stored())[0].theirs).toBe("(missing)");
  });
});
