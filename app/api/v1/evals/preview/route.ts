import { apiRoute, readJson } from "@/lib/api/api-route";
import { previewEvaluation } from "@/lib/services/evals/create-evaluation";
import { EvalRequestSchema } from "@/lib/validation/eval-request";

// POST /api/v1/evals/preview: what an evaluation would send and cost, without starting it.
export const POST = apiRoute({ permission: "evals.run" }, async (req, _params, actor) => {
  return previewEvaluation(actor, EvalRequestSchema.parse(await readJson(req)));
});
