import { apiRoute } from "@/lib/api/api-route";
import { getEvaluation } from "@/lib/db/evals/read-evaluations";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { evalReportJson } from "@/lib/evals/eval-json";

// GET /api/v1/evals/{id}: progress, usage and the report's scores with their intervals.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => datasetOfEvaluation(p.id) }, async (_req, { id }, actor) =>
  evalReportJson(await getEvaluation(actor, id)),
);
