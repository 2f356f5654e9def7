"use server";

import { z } from "zod";
import { authorizeOwned } from "../auth/authorize";
import { datasetOfEvaluation } from "../db/evals/evaluation-dataset";
import { blindPairAt, nextBlindPair, recordBlindVote, type BlindQueue, type RecordedVote } from "../db/evals/judging-queue";
import { EvalVoteSchema, SkipListSchema, type EvalVoteInput } from "../validation/eval-vote";
import { actionFailure, type ActionResult } from "../api/action-result";

// The blind judging page's writes and reads between pairs: each answers with the pair
// to show next, so the page moves on without a reload. Nothing is revalidated: the
// evaluation pages read per request (they depend on who is signed in), so the report
// counts the vote the next time it is opened.

type Field = keyof EvalVoteInput;
const EvaluationIdSchema = z.string({ error: "evaluation id is required" }).min(1, { error: "evaluation id is required" });
const ExampleIdSchema = EvalVoteSchema.shape.exampleId;

const judge = (evaluationId: string) => authorizeOwned("evals.judge", () => datasetOfEvaluation(evaluationId));

/** Records the verdict on the pair on screen, then gives the next pair (pairs in `skip` left out). */
export async function recordBlindVoteAction(evaluationId: string, input: EvalVoteInput, skip: number[] = []): Promise<ActionResult<{ vote: RecordedVote; queue: BlindQueue }, Field>> {
  try {
    const id = EvaluationIdSchema.parse(evaluationId);
    const vote = EvalVoteSchema.parse(input);
    const skipped = SkipListSchema.parse(skip);
    const actor = await judge(id);
    const recorded = await recordBlindVote(actor, id, vote);
    return { ok: true, vote: recorded, queue: await nextBlindPair(actor, id, { skip: skipped }) };
  } catch (e) {
    return actionFailure<Field>(e);
  }
}

/** The next pair without voting: after Skip, or to look again once more answers are in. */
export async function nextBlindPairAction(evaluationId: string, skip: number[] = []): Promise<ActionResult<{ queue: BlindQueue }>> {
  try {
    const id = EvaluationIdSchema.parse(evaluationId);
    const skipped = SkipListSchema.parse(skip);
    const actor = await judge(id);
    return { ok: true, queue: await nextBlindPair(actor, id, { skip: skipped }) };
  } catch (e) {
    return actionFailure(e);
  }
}

/** A pair this annotator judged before, with their verdict, to change it. */
export async function revisitBlindPairAction(evaluationId: string, exampleId: number): Promise<ActionResult<{ queue: BlindQueue }>> {
  try {
    const id = EvaluationIdSchema.parse(evaluationId);
    const example = ExampleIdSchema.parse(exampleId);
    const actor = await judge(id);
    return { ok: true, queue: await blindPairAt(actor, id, example) };
  } catch (e) {
    return actionFailure(e);
  }
}
