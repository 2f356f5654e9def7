import type { Answer } from "./eval-types";
import { bootstrapMean, wilson, type Interval } from "./intervals";
import type { ExampleScores } from "./scores";

// One model's automatic scores over the examples it answered. Rates (exact match,
// tool calls, refusals) get Wilson intervals, means (F1, length) a seeded bootstrap.

export type ModelScores = {
  answered: number;
  exactMatch: Interval | null;
  f1: Interval | null;
  /** Only over examples whose reference calls a tool; null when none does. */
  toolName: Interval | null;
  toolArguments: Interval | null;
  words: Interval | null;
  refusals: Interval | null;
};

export type ScoredAnswer = { reference: Answer; scores: ExampleScores | null };

function rate(items: readonly ExampleScores[], yes: (s: ExampleScores) => boolean): Interval | null {
  let count = 0;
  for (const s of items) if (yes(s)) count++;
  return wilson(count, items.length);
}

export function modelScores(rows: readonly ScoredAnswer[], seed: number): ModelScores {
  const answered: ExampleScores[] = [];
  const withTools: ExampleScores[] = [];
  for (const row of rows) {
    if (!row.scores) continue;
    answered.push(row.scores);
    if (row.reference.toolCalls.length > 0) withTools.push(row.scores);
  }
  return {
    answered: answered.length,
    exactMatch: rate(answered, (s) => s.exactMatch),
    f1: bootstrapMean(
      answered.map((s) => s.f1),
      { seed },
    ),
    toolName: rate(withTools, (s) => s.toolCall?.name === true),
    toolArguments: rate(withTools, (s) => s.toolCall?.arguments === true),
    words: bootstrapMean(
      answered.map((s) => s.words),
      { seed },
    ),
    refusals: rate(answered, (s) => s.refusal),
  };
}
