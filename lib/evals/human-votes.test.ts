import { describe, expect, it } from "vitest";
import type { ExampleInput } from "./eval-types";
import { humanAgreement, humanMajority } from "./human-votes";
import type { HumanChoice } from "./eval-vocabulary";

const votes = (...pairs: [string, HumanChoice][]): ExampleInput["votes"] => pairs.map(([userId, choice]) => ({ userId, choice }));

function example(exampleId: number, v: ExampleInput["votes"]): ExampleInput {
  return { exampleId, labels: [], reference: { content: "x", toolCalls: [] }, answers: { a: null, b: null }, judge: null, votes: v };
}

describe("humanMajority", () => {
  it("takes the choice with the most votes", () => {
    expect(humanMajority(votes(["u1", "a"], ["u2", "a"], ["u3", "b"]))).toBe("a");
    expect(humanMajority(votes(["u1", "both_bad"], ["u2", "both_bad"], ["u3", "a"]))).toBe("both_bad");
    expect(humanMajority(votes(["u1", "b"]))).toBe("b");
  });

  it("calls it a tie when choices share the most votes", () => {
    expect(humanMajority(votes(["u1", "a"], ["u2", "b"]))).toBe("tie");
    expect(humanMajority(votes(["u1", "a"], ["u2", "both_bad"], ["u3", "b"], ["u4", "a"], ["u5", "b"]))).toBe("tie");
  });

  it("counts one vote per annotator, the last one", () => {
    expect(humanMajority(votes(["u1", "a"], ["u1", "b"], ["u2", "b"]))).toBe("b");
  });

  it("is null without votes", () => {
    expect(humanMajority([])).toBeNull();
  });
});

describe("humanAgreement", () => {
  it("reports Fleiss over pairs with two or more votes and Cohen for annotators sharing two pairs", () => {
    const examples = [
      example(1, votes(["ann", "b"], ["bea", "b"], ["cy", "a"])),
      example(2, votes(["ann", "both_bad"], ["bea", "a"])),
      example(3, votes(["cy", "tie"])),
      example(4, []),
    ];
    const agreement = humanAgreement(examples);
    expect(agreement.votes).toBe(6);
    expect(agreement.pairs).toBe(2);
    // P̄ = (1/3 + 0) / 2; p = (b 2, a 2, both_bad 1) / 5 so P_e = 0.36; κ = (1/6 - 0.36) / 0.64.
    expect(agreement.fleiss).toBeCloseTo((1 / 6 - 0.36) / 0.64, 12);
    // ann and bea agree on pair 1 only: observed 1/2, chance 1/4, κ = 1/3. cy shares one pair with each.
    expect(agreement.cohen).toEqual([{ users: ["ann", "bea"], kappa: expect.closeTo(1 / 3, 12), items: 2 }]);
  });

  it("has nothing to report without shared votes", () => {
    expect(humanAgreement([example(1, votes(["ann", "a"]))])).toEqual({ votes: 1, pairs: 0, fleiss: null, cohen: [] });
  });
});
