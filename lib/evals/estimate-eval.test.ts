import { describe, expect, it } from "vitest";
import { estimateEvaluation, JUDGE_OUTPUT_TOKENS, JUDGE_OVERHEAD_TOKENS } from "./estimate-eval";

const sizes = [
  { promptTokens: 100, referenceTokens: 50 },
  { promptTokens: 200, referenceTokens: 5000 },
];

describe("evaluation estimate", () => {
  it("expects answers as long as the reference, capped by max tokens", () => {
    const e = estimateEvaluation(sizes, { modelA: "gpt-4o-mini", modelB: "ft:gpt-4o-mini-2024-07-18:acme::x", maxTokens: 1000 });
    expect(e.lines.map((l) => [l.role, l.calls, l.inputTokens, l.outputTokens])).toEqual([
      ["a", 2, 300, 1050],
      ["b", 2, 300, 1050],
    ]);
    expect(e.calls).toBe(4);
    // Base at 0.15/0.60, the fine-tune at 0.30/1.20 per million.
    expect(e.costUsd).toBeCloseTo((300 * 0.15 + 1050 * 0.6 + 300 * 0.3 + 1050 * 1.2) / 1e6, 12);
  });

  it("adds two judge calls per example, each reading the prompt, the reference and both answers", () => {
    const e = estimateEvaluation([sizes[0]], { modelA: "gpt-4o-mini", modelB: "gpt-4o", maxTokens: 1000, judgeModel: "gpt-4.1", rubricTokens: 40 });
    const judge = e.lines.find((l) => l.role === "judge")!;
    expect(judge.calls).toBe(2);
    expect(judge.inputTokens).toBe(2 * (JUDGE_OVERHEAD_TOKENS + 40 + 100 + 50 + 2 * 50));
    expect(judge.outputTokens).toBe(2 * JUDGE_OUTPUT_TOKENS);
  });

  it("has no total when a model's price is unknown, and says which line", () => {
    const e = estimateEvaluation(sizes, { modelA: "gpt-4o-mini", modelB: "my-local-llama", maxTokens: 100 });
    expect(e.costUsd).toBeNull();
    expect(e.lines[1].costUsd).toBeNull();
    expect(e.lines[0].costUsd).not.toBeNull();
  });
});
