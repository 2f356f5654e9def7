import type { ExampleInput } from "./eval-types";
import { answerText } from "./extract-example";
import { humanAgreement, humanMajority, type PairKappa } from "./human-votes";
import { bootstrapMean, wilson, type Interval } from "./intervals";
import { combineJudgeOrders } from "./judge";
import { modelScores, type ModelScores } from "./model-scores";
import { scoreAnswer, type ExampleScores } from "./scores";
import { normalizedWords } from "./text-words";
import { winRates, type PairWinner, type WinRates } from "./win-rates";

// The numbers of an evaluation report, from the stored examples alone, so the page,
// the API and the CLI show the same figures for the same evaluation.

export type VerdictSource = "human" | "judge" | "scores";

export type EvalSummary = {
  examples: number;
  /** Examples both models answered. */
  scored: number;
  scores: { a: ModelScores; b: ModelScores };
  referenceWords: Interval | null;
  /** Null when no example has a verdict from both judge orders. */
  judge: (WinRates & { consistency: Interval | null }) | null;
  /** Null when nobody has voted. `pairs`: pairs with two or more votes, which the agreement figures read. */
  human: (WinRates & { votes: number; pairs: number; fleiss: number | null; cohen: PairKappa[] }) | null;
  overall: WinRates;
  byLabel: { label: string; examples: number; overall: WinRates; f1: { a: Interval | null; b: Interval | null } }[];
  /** Where the candidate (B) lost to the baseline (A), in the order given. */
  losses: { exampleId: number; source: VerdictSource }[];
};

export const NO_LABEL = "(no label)";

/**
 * The smallest F1 difference that decides an example on scores alone: below it, two
 * answers differ by a word or two of a long reply, which is noise, not a win.
 */
export const F1_MARGIN = 0.1;

export type ExampleVerdict = { winner: PairWinner | null; source: VerdictSource | null };
type PairScores = { a: ExampleScores; b: ExampleScores };

function scoresWinner({ a, b }: PairScores): "a" | "b" | "tie" {
  const aArguments = a.toolCall?.arguments === true;
  const bArguments = b.toolCall?.arguments === true;
  if (aArguments !== bArguments) return aArguments ? "a" : "b";
  if (a.exactMatch !== b.exactMatch) return a.exactMatch ? "a" : "b";
  // The epsilon keeps 0.6 against 0.5 a win despite binary rounding.
  if (Math.abs(a.f1 - b.f1) >= F1_MARGIN - 1e-9) return a.f1 > b.f1 ? "a" : "b";
  return "tie";
}

function pairScores(e: ExampleInput): PairScores | null {
  const { a, b } = e.answers;
  return a && b ? { a: scoreAnswer(a, e.reference), b: scoreAnswer(b, e.reference) } : null;
}

function verdictWith(e: ExampleInput, scores: PairScores | null): ExampleVerdict {
  if (!scores) return { winner: null, source: null };
  const human = humanMajority(e.votes);
  if (human) return { winner: human, source: "human" };
  const judged = e.judge ? combineJudgeOrders(e.judge.ab, e.judge.ba).winner : null;
  if (judged) return { winner: judged, source: "judge" };
  return { winner: scoresWinner(scores), source: "scores" };
}

/**
 * Who won one example, from the best evidence there is: the annotators' majority,
 * else the judge over both orders, else the automatic scores (a reference tool call
 * made with the right arguments, then an exact match, then an F1 lead of at least
 * F1_MARGIN; otherwise a tie). Null until both models have answered.
 */
export function exampleVerdict(e: ExampleInput): ExampleVerdict {
  const { a, b } = e.answers;
  if (!a || !b) return { winner: null, source: null };
  return verdictWith(e, pairScores(e));
}

type Row = { example: ExampleInput; a: ExampleScores | null; b: ExampleScores | null; verdict: ExampleVerdict };

const winners = (rows: readonly Row[]) => rows.flatMap((r) => (r.verdict.winner ? [r.verdict.winner] : []));

function f1Of(rows: readonly Row[], side: "a" | "b", seed: number): Interval | null {
  return bootstrapMean(
    rows.flatMap((r) => (r[side] ? [r[side].f1] : [])),
    { seed },
  );
}

function judgeSummary(rows: readonly Row[]): EvalSummary["judge"] {
  const combined = rows.flatMap((r) => {
    const j = r.example.judge;
    return j && j.ab && j.ba ? [combineJudgeOrders(j.ab, j.ba)] : [];
  });
  if (combined.length === 0) return null;
  const consistent = combined.filter((c) => c.consistent).length;
  return {
    ...winRates(combined.map((c) => c.winner!)),
    consistency: wilson(consistent, combined.length),
  };
}

function humanSummary(examples: readonly ExampleInput[]): EvalSummary["human"] {
  const majorities = examples.flatMap((e) => {
    const m = humanMajority(e.votes);
    return m ? [m] : [];
  });
  if (majorities.length === 0) return null;
  return { ...winRates(majorities), ...humanAgreement(examples) };
}

function byLabel(rows: readonly Row[], seed: number): EvalSummary["byLabel"] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const labels = row.example.labels.length ? new Set(row.example.labels) : [NO_LABEL];
    for (const label of labels) {
      const group = groups.get(label);
      if (group) group.push(row);
      else groups.set(label, [row]);
    }
  }
  return [...groups]
    .map(([label, group]) => ({
      label,
      examples: group.length,
      overall: winRates(winners(group)),
      f1: { a: f1Of(group, "a", seed), b: f1Of(group, "b", seed) },
    }))
    .sort((x, y) => y.examples - x.examples || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
}

/** Every figure of the report. `seed` fixes the bootstrap, so a report reads the same on every load. */
export function summarizeEvaluation(examples: readonly ExampleInput[], opts: { seed: number }): EvalSummary {
  const rows: Row[] = examples.map((example) => {
    const { a, b } = example.answers;
    const sa = a ? scoreAnswer(a, example.reference) : null;
    const sb = b ? scoreAnswer(b, example.reference) : null;
    const verdict = verdictWith(example, sa && sb ? { a: sa, b: sb } : null);
    return { example, a: sa, b: sb, verdict };
  });
  const referenceWords = examples.map((e) => normalizedWords(answerText(e.reference)).length);
  return {
    examples: examples.length,
    scored: rows.filter((r) => r.a && r.b).length,
    scores: {
      a: modelScores(
        rows.map((r) => ({ reference: r.example.reference, scores: r.a })),
        opts.seed,
      ),
      b: modelScores(
        rows.map((r) => ({ reference: r.example.reference, scores: r.b })),
        opts.seed,
      ),
    },
    referenceWords: bootstrapMean(referenceWords, { seed: opts.seed }),
    judge: judgeSummary(rows),
    human: humanSummary(examples),
    overall: winRates(winners(rows)),
    byLabel: byLabel(rows, opts.seed),
    losses: rows.flatMap((r) => (r.verdict.winner === "a" ? [{ exampleId: r.example.exampleId, source: r.verdict.source! }] : [])),
  };
}
