import { describe, expect, it } from "vitest";
import type { Answer, AnswerToolCall } from "./eval-types";
import { exactMatch, scoreAnswer, tokenF1, toolCallMatch } from "./scores";

const text = (content: string | null, refusal: string | null = null): Answer => ({ content, toolCalls: [], refusal });
const calls = (...toolCalls: AnswerToolCall[]): Answer => ({ content: null, toolCalls });
const call = (name: string, args: string): AnswerToolCall => ({ name, arguments: args });

describe("tokenF1", () => {
  it("is SQuAD's harmonic mean of word precision and recall", () => {
    // 2 shared of 3 predicted and 4 reference words: p = 2/3, r = 1/2, F1 = 4/7.
    expect(tokenF1("Paris is big", "Paris is the capital")).toBeCloseTo(4 / 7, 12);
    expect(tokenF1("the cat", "the cat")).toBe(1);
    expect(tokenF1("dog", "cat")).toBe(0);
  });

  it("counts a repeated word only as often as the other side has it", () => {
    // "the the the" shares one "the" with "the cat": p = 1/3, r = 1/2, F1 = 0.4.
    expect(tokenF1("the the the", "the cat")).toBeCloseTo(0.4, 12);
    expect(tokenF1("the cat the", "the the cat")).toBe(1);
  });

  it("ignores case, punctuation and spacing", () => {
    expect(tokenF1("PARIS!", "paris")).toBe(1);
    expect(tokenF1("  It's   fine. ", "it s fine")).toBe(1);
  });

  it("is 1 when both are empty and 0 when only one is", () => {
    expect(tokenF1("", " ... ")).toBe(1);
    expect(tokenF1("", "Paris")).toBe(0);
    expect(tokenF1("Paris", "")).toBe(0);
  });
});

describe("toolCallMatch", () => {
  it("is null when neither side calls a tool", () => {
    expect(toolCallMatch(text("a"), text("b"))).toBeNull();
  });

  it("ignores key order and whitespace in JSON arguments", () => {
    const reference = calls(call("search", '{"q": "ada", "limit": 5, "filters": {"a": 1, "b": [1, 2]}}'));
    const answer = calls(call("search", '{"filters":{"b":[1,2],"a":1},"limit":5.0,"q":"ada"}'));
    expect(toolCallMatch(answer, reference)).toEqual({ name: true, arguments: true });
  });

  it("tells different values, array order and types apart", () => {
    const reference = calls(call("f", '{"x": [1, 2]}'));
    expect(toolCallMatch(calls(call("f", '{"x": [2, 1]}')), reference)).toEqual({ name: true, arguments: false });
    expect(toolCallMatch(calls(call("f", '{"x": "[1, 2]"}')), reference)).toEqual({ name: true, arguments: false });
  });

  it("compares arguments that are not JSON as trimmed text", () => {
    expect(toolCallMatch(calls(call("f", " not json ")), calls(call("f", "not json")))).toEqual({ name: true, arguments: true });
    expect(toolCallMatch(calls(call("f", "not json")), calls(call("f", "not JSON")))).toEqual({ name: true, arguments: false });
  });

  it("wants the same functions, each as often", () => {
    const reference = calls(call("weather", '{"city":"Oslo"}'), call("weather", '{"city":"Rome"}'));
    // Order between parallel calls does not matter.
    expect(toolCallMatch(calls(call("weather", '{"city":"Rome"}'), call("weather", '{"city":"Oslo"}')), reference)).toEqual({
      name: true,
      arguments: true,
    });
    // One call cannot match two reference calls.
    expect(toolCallMatch(calls(call("weather", '{"city":"Oslo"}'), call("weather", '{"city":"Oslo"}')), reference)).toEqual({
      name: true,
      arguments: false,
    });
    // An extra call breaks the name check but not the arguments one.
    const extra = calls(call("weather", '{"city":"Oslo"}'), call("weather", '{"city":"Rome"}'), call("time", "{}"));
    expect(toolCallMatch(extra, reference)).toEqual({ name: false, arguments: true });
    expect(toolCallMatch(calls(call("forecast", '{"city":"Oslo"}')), calls(call("weather", '{"city":"Oslo"}')))).toEqual({
      name: false,
      arguments: false,
    });
  });

  it("fails both checks when only one side calls a tool", () => {
    expect(toolCallMatch(text("It is sunny."), calls(call("weather", "{}")))).toEqual({ name: false, arguments: false });
    expect(toolCallMatch(calls(call("weather", "{}")), text("It is sunny."))).toEqual({ name: false, arguments: false });
  });
});

describe("exactMatch", () => {
  it("compares normalised words", () => {
    expect(exactMatch(text("The answer is 42."), text("the answer is: 42"))).toBe(true);
    expect(exactMatch(text("The answer is 42."), text("The answer is 43."))).toBe(false);
    expect(exactMatch(text("42"), text("The answer is 42"))).toBe(false);
  });

  it("lets the tool calls decide when either side calls a tool", () => {
    const reference = calls(call("f", '{"a":1}'));
    expect(exactMatch({ content: "Calling f now.", toolCalls: [call("f", '{ "a": 1 }')] }, reference)).toBe(true);
    expect(exactMatch(calls(call("f", '{"a":2}')), reference)).toBe(false);
    expect(exactMatch(calls(call("f", "{}")), text(""))).toBe(false);
  });

  it("reads a refusal as the answer's text", () => {
    expect(exactMatch(text(null, "I can't help with that."), text("I can't help with that."))).toBe(true);
  });
});

describe("scoreAnswer", () => {
  it("scores a text answer", () => {
    expect(scoreAnswer(text("Paris is big"), text("Paris is the capital"))).toEqual({
      exactMatch: false,
      f1: expect.closeTo(4 / 7, 12),
      toolCall: null,
      words: 3,
      refusal: false,
    });
  });

  it("gives partial F1 credit to a call with some arguments right", () => {
    const reference = calls(call("weather", '{"city":"Oslo","unit":"c"}'));
    const close = scoreAnswer(calls(call("weather", '{"city":"Oslo","unit":"f"}')), reference);
    expect(close.toolCall).toEqual({ name: true, arguments: false });
    expect(close.exactMatch).toBe(false);
    expect(close.f1).toBeGreaterThan(0.5);
    expect(close.f1).toBeLessThan(1);
    expect(close.words).toBe(0);
    expect(scoreAnswer(calls(call("weather", '{"unit":"c", "city":"Oslo"}')), reference)).toMatchObject({ exactMatch: true, f1: 1 });
  });

  it("flags refusals from the provider's field and from the text", () => {
    expect(scoreAnswer(text(null, "Sorry."), text("Paris")).refusal).toBe(true);
    expect(scoreAnswer(text("I'm sorry, but I can't help with that."), text("Paris")).refusal).toBe(true);
    expect(scoreAnswer(text("Paris."), text("Paris")).refusal).toBe(false);
  });
});
