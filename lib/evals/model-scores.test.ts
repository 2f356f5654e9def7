import { describe, expect, it } from "vitest";
import type { Answer } from "./eval-types";
import { bootstrapMean, wilson } from "./intervals";
import { modelScores } from "./model-scores";
import { scoreAnswer } from "./scores";

const text = (content: string): Answer => ({ content, toolCalls: [] });
const call = (args: string): Answer => ({ content: null, toolCalls: [{ name: "lookup", arguments: args }] });

describe("modelScores", () => {
  it("rates tool calls only over references that call a tool, and skips unanswered examples", () => {
    const rows = [
      { reference: call('{"id":1}'), scores: scoreAnswer(call('{"id": 1}'), call('{"id":1}')) },
      { reference: call('{"id":2}'), scores: scoreAnswer(call('{"id":3}'), call('{"id":2}')) },
      { reference: text("Hi there"), scores: scoreAnswer(text("Hi"), text("Hi there")) },
      { reference: text("Unanswered"), scores: null },
    ];
    const scores = modelScores(rows, 5);
    expect(scores).toEqual({
      answered: 3,
      exactMatch: wilson(1, 3),
      f1: bootstrapMean([1, 2 / 3, 2 / 3], { seed: 5 }),
      toolName: wilson(2, 2),
      toolArguments: wilson(1, 2),
      words: bootstrapMean([0, 0, 1], { seed: 5 }),
      refusals: wilson(0, 3),
    });
  });

  it("is empty with nothing answered", () => {
    expect(modelScores([{ reference: text("x"), scores: null }], 1)).toEqual({
      answered: 0,
      exactMatch: null,
      f1: null,
      toolName: null,
      toolArguments: null,
      words: null,
      refusals: null,
    });
  });
});
