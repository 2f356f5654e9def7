import { apiRoute } from "@/lib/api/api-route";
import { cancelEvaluation } from "@/lib/db/evals/eval-control";
import { getEvaluation } from "@/lib/db/evals/read-evaluations";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { evalReportJson } from "@/lib/evals/eval-json";

// POST /api/v1/evals/{id}/cancel: stops the run; answers stored so far are kept, and resume goes on from there.
export const POST = apiRoute<{ id: string }>({ permission: "evals.run", dataset: (p) => datasetOfEvaluation(p.id) }, async (_req, { id }, actor) => {
  await cancelEvaluation(actor, id);
  return evalReportJson(await getEvaluation(actor, id));
});
