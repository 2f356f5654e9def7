import { inferenceCostUsd } from "./inference-prices";

// What an evaluation will send and cost, shown before it starts. Each model reads
// every prompt and is expected to answer about as long as the reference (never more
// than the run's max tokens); the judge, when asked for, reads the prompt, the
// reference and both answers twice (once per order) and writes a short verdict.

export type EvalSizing = { promptTokens: number; referenceTokens: number };

export type EvalCostLine = { role: "a" | "b" | "judge"; model: string; calls: number; inputTokens: number; outputTokens: number; costUsd: number | null };

export type EvalEstimate = {
  examples: number;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Null when any model's price is unknown (another provider's model, say): the lines say which. */
  costUsd: number | null;
  lines: EvalCostLine[];
};

/** The judge's instructions and framing around the rubric, and its JSON verdict with a reason. */
export const JUDGE_OVERHEAD_TOKENS = 250;
export const JUDGE_OUTPUT_TOKENS = 120;

export function estimateEvaluation(
  sizes: readonly EvalSizing[],
  o: { modelA: string; modelB: string; maxTokens: number; judgeModel?: string | null; rubricTokens?: number },
): EvalEstimate {
  let prompt = 0;
  let answer = 0;
  let judgeInput = 0;
  for (const s of sizes) {
    const expected = Math.min(o.maxTokens, Math.max(1, s.referenceTokens));
    prompt += s.promptTokens;
    answer += expected;
    judgeInput += 2 * (JUDGE_OVERHEAD_TOKENS + (o.rubricTokens ?? 0) + s.promptTokens + s.referenceTokens + 2 * expected);
  }
  const n = sizes.length;
  const line = (role: EvalCostLine["role"], model: string, calls: number, input: number, output: number): EvalCostLine => ({
    role,
    model,
    calls,
    inputTokens: input,
    outputTokens: output,
    costUsd: inferenceCostUsd(model, input, output),
  });
  const lines = [line("a", o.modelA, n, prompt, answer), line("b", o.modelB, n, prompt, answer)];
  if (o.judgeModel) lines.push(line("judge", o.judgeModel, 2 * n, judgeInput, 2 * n * JUDGE_OUTPUT_TOKENS));
  const sum = (f: (l: EvalCostLine) => number) => lines.reduce((t, l) => t + f(l), 0);
  return {
    examples: n,
    calls: sum((l) => l.calls),
    inputTokens: sum((l) => l.inputTokens),
    outputTokens: sum((l) => l.outputTokens),
    costUsd: lines.some((l) => l.costUsd === null) ? null : sum((l) => l.costUsd!),
    lines,
  };
}
