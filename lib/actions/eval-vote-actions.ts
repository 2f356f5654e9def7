"use server";

import { z } from "zod";
import { serverAction } from "../api/server-action";
import { datasetOfEvaluation } from "../db/auth/dataset-owners";
import { blindPairAt, nextBlindPair, recordBlindVote } from "../db/evals/judging-queue";
import { EvalVoteSchema, SkipListSchema, type EvalVoteInput } from "../validation/eval-vote";

// The blind judging page's writes and reads between pairs: each answers with the pair
// to show next, so the page moves on without a reload. Nothing is revalidated: the
// evaluation pages read per request (they depend on who is signed in), so the report
// counts the vote the next time it is opened.

const EvaluationId = z.string({ error: "evaluation id is required" }).min(1, { error: "evaluation id is required" });
const ofEvaluation = (i: { evaluationId: string }) => datasetOfEvaluation(i.evaluationId);

/** Records the verdict on the pair on screen, then gives the next pair (pairs in `skip` left out). */
export const recordBlindVoteAction = serverAction(
  {
    permission: "evals.judge",
    // The vote's own fields stay at the top, so the page shows their errors under them.
    schema: EvalVoteSchema.extend({ evaluationId: EvaluationId, skip: SkipListSchema }),
    dataset: ofEvaluation,
    args: (evaluationId: string, input: EvalVoteInput, skip: number[] = []) => ({ ...input, evaluationId, skip }),
  },
  async ({ evaluationId, skip, ...vote }, actor) => {
    const recorded = await recordBlindVote(actor, evaluationId, vote);
    return { vote: recorded, queue: await nextBlindPair(actor, evaluationId, { skip }) };
  },
);

/** The next pair without voting: after Skip, or to look again once more answers are in. */
export const nextBlindPairAction = serverAction(
  {
    permission: "evals.judge",
    schema: z.object({ evaluationId: EvaluationId, skip: SkipListSchema }),
    dataset: ofEvaluation,
    args: (evaluationId: string, skip: number[] = []) => ({ evaluationId, skip }),
  },
  async ({ evaluationId, skip }, actor) => ({ queue: await nextBlindPair(actor, evaluationId, { skip }) }),
);

/** A pair this annotator judged before, with their verdict, to change it. */
export const revisitBlindPairAction = serverAction(
  {
    permission: "evals.judge",
    schema: z.object({ evaluationId: EvaluationId, exampleId: EvalVoteSchema.shape.exampleId }),
    dataset: ofEvaluation,
    args: (evaluationId: string, exampleId: number) => ({ evaluationId, exampleId }),
  },
  async ({ evaluationId, exampleId }, actor) => ({ queue: await blindPairAt(actor, evaluationId, exampleId) }),
);
