import { sqlite } from "../client";
import type { Answer, ExampleInput, JudgeOutput } from "../../evals/eval-types";
import type { HumanChoice } from "../../evals/eval-vocabulary";

// An evaluation's examples, calls and votes read in three queries, for the report
// (every example) or one page of examples (the side-by-side lists).

export type CallRow = {
  exampleId: number;
  kind: string;
  status: string;
  output: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number | null;
  error: string | null;
};
export type ExampleRow = {
  id: number;
  position: number;
  conversationId: number;
  labels: string;
  reference: string;
  prompt?: string;
  sentBackId: number | null;
};
export type VoteRow = { exampleId: number; userId: string; choice: string; note: string };

export type EvalRows = { examples: ExampleRow[]; calls: CallRow[]; votes: VoteRow[] };

/** All rows of an evaluation, or those of the examples listed (with their prompts). */
export function readEvalRows(evaluationId: string, exampleIds?: number[]): EvalRows {
  const only = exampleIds ? ` AND e.id IN (SELECT value FROM json_each(?))` : "";
  const args: unknown[] = exampleIds ? [evaluationId, JSON.stringify(exampleIds)] : [evaluationId];
  const examples = sqlite()
    .prepare(
      `SELECT e.id, e.position, e.conversationId, e.labels, e.reference, ${exampleIds ? "e.prompt," : ""} e.sentBackId
       FROM EvalExample e WHERE e.evaluationId = ?${only} ORDER BY e.position`,
    )
    .all(...args) as ExampleRow[];
  const calls = sqlite()
    .prepare(
      `SELECT c.exampleId, c.kind, c.status, c.output, c.promptTokens, c.completionTokens, c.latencyMs, c.error
       FROM EvalCall c JOIN EvalExample e ON e.id = c.exampleId WHERE c.evaluationId = ?${only}`,
    )
    .all(...args) as CallRow[];
  const votes = sqlite()
    .prepare(`SELECT v.exampleId, v.userId, v.choice, v.note FROM EvalVote v JOIN EvalExample e ON e.id = v.exampleId WHERE v.evaluationId = ?${only}`)
    .all(...args) as VoteRow[];
  return { examples, calls, votes };
}

export const labelList = (labels: string) => labels.split(",").filter(Boolean);

/** The scorer's view of each example: reference, answers, the judge's two orders, votes. */
export function exampleInputs(rows: EvalRows): ExampleInput[] {
  const calls = groupBy(rows.calls, (c) => c.exampleId);
  const votes = groupBy(rows.votes, (v) => v.exampleId);
  return rows.examples.map((e) => {
    const mine = calls.get(e.id) ?? [];
    const output = <T>(kind: string): T | null => {
      const c = mine.find((x) => x.kind === kind && x.status === "done");
      return c?.output ? (JSON.parse(c.output) as T) : null;
    };
    const ab = output<JudgeOutput>("judge_ab");
    const ba = output<JudgeOutput>("judge_ba");
    return {
      exampleId: e.id,
      labels: labelList(e.labels),
      reference: JSON.parse(e.reference) as Answer,
      answers: { a: output<Answer>("a"), b: output<Answer>("b") },
      judge: ab || ba ? { ab: ab?.verdict ?? null, ba: ba?.verdict ?? null } : null,
      votes: (votes.get(e.id) ?? []).map((v) => ({ userId: v.userId, choice: v.choice as HumanChoice })),
    };
  });
}

export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
