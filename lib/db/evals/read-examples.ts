import { db, sqlite } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { visibleDatasets } from "../scope";
import { scoreAnswer } from "../../evals/scores";
import { combineJudgeOrders } from "../../evals/judge";
import { exampleVerdict } from "../../evals/summarize";
import type { Answer, EvalPrompt, JudgeOutput } from "../../evals/eval-types";
import type { EvalExampleView } from "../../evals/eval-view";
import { exampleInputs, groupBy, labelList, readEvalRows } from "./eval-rows";

// Examples side by side: the prompt, the reference and both answers with their scores,
// the judge's reasons and the annotators' votes. "losses" lists the examples where the
// candidate (model B) lost, the ones worth sending back to the training data.

export const EXAMPLES_PAGE_SIZE = 20;
export const EXAMPLE_VIEWS = ["losses", "all"] as const;
export type ExampleListView = (typeof EXAMPLE_VIEWS)[number];

export type ExamplePage = { view: ExampleListView; total: number; page: number; pages: number; items: EvalExampleView[] };

/**
 * One page of examples. `losses`: the ids of the examples model B lost, when the caller
 * has the report's summary already (the report page), so every row is not read twice.
 */
export async function listEvalExamples(
  actor: Actor,
  evaluationId: string,
  o: { view: ExampleListView; page?: number; losses?: number[] },
): Promise<ExamplePage> {
  const ev = await db().evaluation.findFirst({ where: { id: evaluationId, dataset: visibleDatasets(actor) }, select: { id: true } });
  if (!ev) throw new AppError("not_found", `No evaluation ${evaluationId}.`);
  const ids =
    o.view === "all"
      ? (sqlite().prepare(`SELECT id FROM EvalExample WHERE evaluationId = ? ORDER BY position`).pluck().all(evaluationId) as number[])
      : (o.losses ??
        exampleInputs(readEvalRows(evaluationId))
          .filter((e) => exampleVerdict(e).winner === "a")
          .map((e) => e.exampleId));
  const pages = Math.max(1, Math.ceil(ids.length / EXAMPLES_PAGE_SIZE));
  const page = Math.min(Math.max(1, o.page ?? 1), pages);
  const slice = ids.slice((page - 1) * EXAMPLES_PAGE_SIZE, page * EXAMPLES_PAGE_SIZE);
  return { view: o.view, total: ids.length, page, pages, items: slice.length ? exampleViews(evaluationId, slice) : [] };
}

function exampleViews(evaluationId: string, ids: number[]): EvalExampleView[] {
  const rows = readEvalRows(evaluationId, ids);
  const inputs = new Map(exampleInputs(rows).map((e) => [e.exampleId, e]));
  const calls = groupBy(rows.calls, (c) => c.exampleId);
  const votes = groupBy(rows.votes, (v) => v.exampleId);
  return rows.examples.map((e) => {
    const input = inputs.get(e.id)!;
    const mine = calls.get(e.id) ?? [];
    const reference = JSON.parse(e.reference) as Answer;
    const side = (kind: "a" | "b") => {
      const c = mine.find((x) => x.kind === kind);
      const answer = c?.status === "done" && c.output ? (JSON.parse(c.output) as Answer) : null;
      return {
        answer,
        scores: answer ? scoreAnswer(answer, reference) : null,
        error: c?.status === "failed" && c.error ? ((JSON.parse(c.error) as { message?: string }).message ?? "failed") : null,
        latencyMs: c?.latencyMs ?? null,
      };
    };
    const judged = (kind: string) => {
      const c = mine.find((x) => x.kind === kind && x.status === "done");
      return c?.output ? (JSON.parse(c.output) as JudgeOutput) : null;
    };
    const ab = judged("judge_ab");
    const ba = judged("judge_ba");
    const mineVotes = votes.get(e.id) ?? [];
    const count = (choice: string) => mineVotes.filter((v) => v.choice === choice).length;
    return {
      exampleId: e.id,
      position: e.position,
      conversationId: e.conversationId,
      labels: labelList(e.labels),
      prompt: JSON.parse(e.prompt!) as EvalPrompt,
      reference,
      a: side("a"),
      b: side("b"),
      judge:
        ab || ba
          ? { ...combineJudgeOrders(ab?.verdict ?? null, ba?.verdict ?? null), reasons: [ab?.reason, ba?.reason].filter((r): r is string => !!r) }
          : null,
      votes: { a: count("a"), b: count("b"), tie: count("tie"), both_bad: count("both_bad"), notes: mineVotes.map((v) => v.note).filter(Boolean) },
      verdict: exampleVerdict(input),
      sentBackId: e.sentBackId,
    };
  });
}
