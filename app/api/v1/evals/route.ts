import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { createEvaluation } from "@/lib/services/evals/create-evaluation";
import { getEvaluation, listEvaluations } from "@/lib/db/evals/read-evaluations";
import { evalJson, evalReportJson } from "@/lib/evals/eval-json";
import { wakeEvalRunner } from "@/lib/jobs/eval-runner";
import { EvalRequestSchema } from "@/lib/validation/eval-request";

// GET /api/v1/evals[?dataset=ID]: the evaluations of the datasets the caller may see.
export const GET = apiRoute({ permission: "datasets.read" }, async (req, _params, actor) => {
  const dataset = new URL(req.url).searchParams.get("dataset") ?? undefined;
  return { data: (await listEvaluations(actor, { datasetId: dataset })).map(evalJson) };
});

// POST /api/v1/evals: start an evaluation (the body is the form's fields, see
// lib/validation/eval-request.ts). Answers 202 with it queued; GET /api/v1/evals/{id}
// follows its progress and scores.
// Membership of the eval set's and the training dataset's is checked as it is prepared.
export const POST = apiRoute({ permission: "evals.run" }, async (req, _params, actor) => {
  const request = EvalRequestSchema.parse(await readJson(req));
  const created = await createEvaluation(actor, request);
  wakeEvalRunner();
  return NextResponse.json(evalReportJson(await getEvaluation(actor, created.id)), { status: 202 });
});
