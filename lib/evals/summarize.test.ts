import { describe, expect, it } from "vitest";
import type { Answer, ExampleInput } from "./eval-types";
import { bootstrapMean, wilson } from "./intervals";
import { exampleVerdict, NO_LABEL, summarizeEvaluation } from "./summarize";
import type { HumanChoice } from "./eval-vocabulary";
import { winRates } from "./win-rates";

const text = (content: string): Answer => ({ content, toolCalls: [], refusal: null });
const weather = (city: string): Answer => ({ content: null, toolCalls: [{ name: "weather", arguments: JSON.stringify({ city }) }] });

function example(exampleId: number, fields: Partial<ExampleInput> & { reference: Answer; a: Answer | null; b: Answer | null }): ExampleInput {
  const { a, b, ...rest } = fields;
  return { exampleId, labels: [], judge: null, votes: [], ...rest, answers: { a, b } };
}

const votes = (...pairs: [string, HumanChoice][]) => pairs.map(([userId, choice]) => ({ userId, choice }));

describe("exampleVerdict", () => {
  const base = { reference: text("Paris"), a: text("Paris"), b: text("Lyon") };

  it("is null until both models have answered", () => {
    expect(exampleVerdict(example(1, { ...base, b: null, votes: votes(["u", "a"]) }))).toEqual({ winner: null, source: null });
  });

  it("prefers the annotators' majority, then the judge, then the scores", () => {
    const judge = { ab: "second", ba: "first" } as const;
    expect(exampleVerdict(example(1, { ...base, judge, votes: votes(["u1", "both_bad"]) }))).toEqual({ winner: "both_bad", source: "human" });
    expect(exampleVerdict(example(1, { ...base, judge, votes: votes(["u1", "a"], ["u2", "b"]) }))).toEqual({ winner: "tie", source: "human" });
    expect(exampleVerdict(example(1, { ...base, judge }))).toEqual({ winner: "b", source: "judge" });
    // One order alone is position-biased: the scores decide instead.
    expect(exampleVerdict(example(1, { ...base, judge: { ab: "second", ba: null } }))).toEqual({ winner: "a", source: "scores" });
  });

  it("on scores, puts a correct tool call first, then an exact match", () => {
    const reference = weather("Oslo");
    // A's prose has every word of the call (F1 1); B makes the call, in another key order,
    // with chatter around it (F1 below 0.5). The call decides.
    const a = text("weather city Oslo");
    const b: Answer = { content: "Let me look up the weather for you right now", toolCalls: [{ name: "weather", arguments: '{ "city" : "Oslo" }' }] };
    expect(exampleVerdict(example(1, { reference, a, b }))).toEqual({ winner: "b", source: "scores" });
    expect(exampleVerdict(example(1, { reference: text("42"), a: text("It is 42 or so"), b: text("42.") })).winner).toBe("b");
  });

  it("on scores, needs an F1 lead of at least 0.1", () => {
    const reference = text("a b c d e");
    // F1 3/5 = 0.6 against 2·2/8 = 0.5: exactly the margin.
    expect(exampleVerdict(example(1, { reference, a: text("a b c x y"), b: text("a b z") })).winner).toBe("a");
    // 20/21 against 18/19: too close to call.
    const ten = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9";
    const close = example(1, { reference: text(ten), a: text(`${ten} extra`), b: text("w0 w1 w2 w3 w4 w5 w6 w7 w8") });
    expect(exampleVerdict(close)).toEqual({ winner: "tie", source: "scores" });
  });
});

// Six examples with every figure worked out by hand in the comments.
const examples: ExampleInput[] = [
  // A exact (F1 1); B F1: 1 shared of 4 words = 0.4. Judge picks B in both orders.
  example(1, { labels: ["math"], reference: text("4"), a: text("4"), b: text("The answer is 4"), judge: { ab: "second", ba: "first" } }),
  // Both exact: a tie on scores.
  example(2, { labels: ["math"], reference: text("Paris"), a: text("Paris"), b: text("Paris") }),
  // A calls the tool right, B answers in prose (F1 0): A wins on scores, a loss for B.
  example(3, { reference: weather("Oslo"), a: weather("Oslo"), b: text("It is sunny") }),
  // A F1 0.5, B F1 0.8; the judge says "first" both times (tie, inconsistent); annotators say B, 2 to 1.
  example(4, {
    labels: ["chat"],
    reference: text("Hello there friend"),
    a: text("Hello"),
    b: text("Hello there"),
    judge: { ab: "first", ba: "first" },
    votes: votes(["u1", "b"], ["u2", "b"], ["u3", "a"]),
  }),
  // A failed: no verdict, B still scored.
  example(5, { labels: ["chat"], reference: text("Bye"), a: null, b: text("Bye") }),
  // A refuses (10 words, F1 0); annotators split between both_bad and A: a tie.
  example(6, {
    labels: ["chat"],
    reference: text("Sure"),
    a: text("I'm sorry, but I can't help with that."),
    b: text("Sure"),
    votes: votes(["u1", "both_bad"], ["u2", "a"]),
  }),
];

describe("summarizeEvaluation", () => {
  const seed = 17;
  const summary = summarizeEvaluation(examples, { seed });

  it("counts examples and those both models answered", () => {
    expect(summary.examples).toBe(6);
    expect(summary.scored).toBe(5);
  });

  it("scores each model over the examples it answered", () => {
    expect(summary.scores.a).toEqual({
      answered: 5,
      exactMatch: wilson(3, 5),
      f1: bootstrapMean([1, 1, 1, 0.5, 0], { seed }),
      toolName: wilson(1, 1),
      toolArguments: wilson(1, 1),
      words: bootstrapMean([1, 1, 0, 1, 10], { seed }),
      refusals: wilson(1, 5),
    });
    expect(summary.scores.a.f1!.value).toBeCloseTo(0.7, 12);
    expect(summary.scores.b).toEqual({
      answered: 6,
      exactMatch: wilson(3, 6),
      f1: bootstrapMean([0.4, 1, 0, 0.8, 1, 1], { seed }),
      toolName: wilson(0, 1),
      toolArguments: wilson(0, 1),
      words: bootstrapMean([4, 1, 3, 2, 1, 1], { seed }),
      refusals: wilson(0, 6),
    });
    expect(summary.referenceWords).toEqual(bootstrapMean([1, 1, 0, 3, 1, 1], { seed }));
  });

  it("reports the judge over examples with both orders, with its consistency", () => {
    expect(summary.judge).toEqual({ ...winRates(["b", "tie"]), consistency: wilson(1, 2) });
  });

  it("reports the annotators' majorities and their agreement", () => {
    expect(summary.human).toMatchObject({ ...winRates(["b", "tie"]), votes: 5, pairs: 2 });
    expect(summary.human!.fleiss).toBeCloseTo((1 / 6 - 0.36) / 0.64, 12);
    expect(summary.human!.cohen).toEqual([{ users: ["u1", "u2"], kappa: expect.closeTo(1 / 3, 12), items: 2 }]);
  });

  it("combines the best verdict of each example, and lists where B lost", () => {
    // 1 judge: B; 2 scores: tie; 3 scores: A; 4 human: B; 5 none; 6 human: tie.
    expect(summary.overall).toEqual(winRates(["b", "tie", "a", "b", "tie"]));
    expect(summary.overall).toMatchObject({ judged: 5, aWins: 1, bWins: 2, ties: 2, bothBad: 0 });
    expect(summary.losses).toEqual([{ exampleId: 3, source: "scores" }]);
  });

  it("breaks results down by label, largest first", () => {
    expect(summary.byLabel).toEqual([
      { label: "chat", examples: 3, overall: winRates(["b", "tie"]), f1: { a: bootstrapMean([0.5, 0], { seed }), b: bootstrapMean([0.8, 1, 1], { seed }) } },
      { label: "math", examples: 2, overall: winRates(["b", "tie"]), f1: { a: bootstrapMean([1, 1], { seed }), b: bootstrapMean([0.4, 1], { seed }) } },
      { label: NO_LABEL, examples: 1, overall: winRates(["a"]), f1: { a: bootstrapMean([1], { seed }), b: bootstrapMean([0], { seed }) } },
    ]);
  });

  it("counts an example once per label it carries", () => {
    const twice = summarizeEvaluation([example(1, { labels: ["x", "y", "x"], reference: text("a"), a: text("a"), b: text("b") })], { seed });
    expect(twice.byLabel.map((l) => [l.label, l.examples])).toEqual([
      ["x", 1],
      ["y", 1],
    ]);
  });

  it("is the same on every run with the same seed", () => {
    expect(summarizeEvaluation(examples, { seed })).toEqual(summary);
  });

  it("has nulls, not zeros, where there is nothing to measure", () => {
    const empty = summarizeEvaluation([], { seed });
    expect(empty).toEqual({
      examples: 0,
      scored: 0,
      scores: { a: expect.objectContaining({ answered: 0, f1: null, exactMatch: null }), b: expect.objectContaining({ answered: 0, toolName: null }) },
      referenceWords: null,
      judge: null,
      human: null,
      overall: winRates([]),
      byLabel: [],
      losses: [],
    });
    // Text-only references: no tool-call rates.
    const plain = summarizeEvaluation([example(1, { reference: text("a"), a: text("a"), b: text("b") })], { seed });
    expect(plain.scores.a.toolName).toBeNull();
    expect(plain.scores.a.toolArguments).toBeNull();
  });
});
