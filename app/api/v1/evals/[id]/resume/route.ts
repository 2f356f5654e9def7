import { apiRoute } from "@/lib/api/api-route";
import { resumeEvaluation } from "@/lib/db/evals/eval-control";
import { getEvaluation } from "@/lib/db/evals/read-evaluations";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { evalReportJson } from "@/lib/evals/eval-json";
import { wakeEvalRunner } from "@/lib/jobs/eval-runner";

// POST /api/v1/evals/{id}/resume: queues what is left (failed calls included) of a cancelled, failed or finished run.
export const POST = apiRoute<{ id: string }>({ permission: "evals.run", dataset: (p) => datasetOfEvaluation(p.id) }, async (_req, { id }, actor) => {
  await resumeEvaluation(actor, id);
  wakeEvalRunner();
  return evalReportJson(await getEvaluation(actor, id));
});
