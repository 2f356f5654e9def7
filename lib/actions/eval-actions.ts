"use server";

import { z } from "zod";
import { serverAction } from "../api/server-action";
import { createEvaluation, previewEvaluation } from "../services/evals/create-evaluation";
import { cancelEvaluation, resumeEvaluation } from "../db/evals/eval-control";
import { datasetOfEvaluation } from "../db/auth/dataset-owners";
import { sendBackExample } from "../services/evals/send-back";
import { wakeEvalRunner } from "../jobs/eval-runner";
import { EvalRequestSchema } from "../validation/eval-request";

// Start, watch and steer evaluations from the pages. A start writes every example and
// call first, then the server's runner takes it; the report page follows it.

const EvaluationRef = z.object({ evaluationId: z.string({ error: "evaluation id is required" }).min(1, { error: "evaluation id is required" }) });
const ofEvaluation = (i: { evaluationId: string }) => datasetOfEvaluation(i.evaluationId);
const evaluationPage = (i: { evaluationId: string }) => [`/evals/${i.evaluationId}`];
/** The report page's buttons for one evaluation, called with its id. */
const onEvaluation = { schema: EvaluationRef, dataset: ofEvaluation, args: (evaluationId: string) => ({ evaluationId }), revalidate: evaluationPage };

// Who may evaluate in the datasets the request names is checked by the evaluation
// itself (it reads them as the actor); here the role.
export const previewEvaluationAction = serverAction({ permission: "evals.run", schema: EvalRequestSchema }, async (request, actor) => ({
  preview: await previewEvaluation(actor, request),
}));

export const startEvaluationAction = serverAction(
  { permission: "evals.run", schema: EvalRequestSchema, revalidate: () => ["/evals"] },
  async (request, actor) => {
    const created = await createEvaluation(actor, request);
    wakeEvalRunner();
    return { evaluationId: created.id };
  },
);

export const cancelEvaluationAction = serverAction({ permission: "evals.run", ...onEvaluation }, async ({ evaluationId }, actor) => {
  await cancelEvaluation(actor, evaluationId);
  return {};
});

export const resumeEvaluationAction = serverAction({ permission: "evals.run", ...onEvaluation }, async ({ evaluationId }, actor) => {
  await resumeEvaluation(actor, evaluationId);
  wakeEvalRunner();
  return {};
});

export const sendBackExampleAction = serverAction(
  {
    permission: "evals.run",
    schema: EvaluationRef.extend({ exampleId: z.number().int() }),
    dataset: ofEvaluation,
    args: (evaluationId: string, exampleId: number) => ({ evaluationId, exampleId }),
    revalidate: evaluationPage,
  },
  async ({ evaluationId, exampleId }, actor) => ({ conversationId: sendBackExample(actor, evaluationId, exampleId).conversationId }),
);
