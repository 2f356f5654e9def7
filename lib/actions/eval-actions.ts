"use server";

import { revalidatePath } from "next/cache";
import { authorize, authorizeOwned } from "../auth/authorize";
import { createEvaluation, previewEvaluation, type EvalPreview } from "../db/evals/create-evaluation";
import { cancelEvaluation, resumeEvaluation } from "../db/evals/eval-control";
import { datasetOfEvaluation } from "../db/evals/evaluation-dataset";
import { sendBackExample } from "../db/evals/send-back";
import { wakeEvalRunner } from "../jobs/eval-runner";
import { EvalRequestSchema, type EvalRequestInput } from "../validation/eval-request";
import { actionFailure, type ActionResult } from "../api/action-result";

// Start, watch and steer evaluations from the pages. A start writes every example and
// call first, then the server's runner takes it; the report page follows it.

export async function previewEvaluationAction(input: EvalRequestInput): Promise<ActionResult<{ preview: EvalPreview }>> {
  try {
    const request = EvalRequestSchema.parse(input);
    const actor = await authorize("evals.run");
    return { ok: true, preview: await previewEvaluation(actor, request) };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function startEvaluationAction(input: EvalRequestInput): Promise<ActionResult<{ evaluationId: string }>> {
  try {
    const request = EvalRequestSchema.parse(input);
    const actor = await authorize("evals.run");
    const created = await createEvaluation(actor, request);
    wakeEvalRunner();
    revalidatePath("/evals");
    return { ok: true, evaluationId: created.id };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function cancelEvaluationAction(evaluationId: string): Promise<ActionResult> {
  try {
    const actor = await authorizeOwned("evals.run", () => datasetOfEvaluation(evaluationId));
    await cancelEvaluation(actor, evaluationId);
    revalidatePath(`/evals/${evaluationId}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function resumeEvaluationAction(evaluationId: string): Promise<ActionResult> {
  try {
    const actor = await authorizeOwned("evals.run", () => datasetOfEvaluation(evaluationId));
    await resumeEvaluation(actor, evaluationId);
    wakeEvalRunner();
    revalidatePath(`/evals/${evaluationId}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function sendBackExampleAction(evaluationId: string, exampleId: number): Promise<ActionResult<{ conversationId: number }>> {
  try {
    const actor = await authorizeOwned("evals.run", () => datasetOfEvaluation(evaluationId));
    const sent = sendBackExample(actor, evaluationId, exampleId);
    revalidatePath(`/evals/${evaluationId}`);
    return { ok: true, conversationId: sent.conversationId };
  } catch (e) {
    return actionFailure(e);
  }
}
