import { apiRoute } from "@/lib/api/api-route";
import { datasetOfEvaluation } from "@/lib/db/auth/dataset-owners";
import { EXAMPLE_VIEWS, listEvalExamples, type ExampleListView } from "@/lib/db/evals/read-examples";
import { AppError } from "@/lib/errors";

// GET /api/v1/evals/{id}/examples?view=losses|all&page=N: examples side by side with
// their scores, the judge's reasons and the votes ("losses": where model B lost).
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => datasetOfEvaluation(p.id) }, async (req, { id }, actor) => {
  const q = new URL(req.url).searchParams;
  const view = (q.get("view") ?? "all") as ExampleListView;
  if (!EXAMPLE_VIEWS.includes(view)) throw new AppError("bad_request", `view must be one of ${EXAMPLE_VIEWS.join(", ")}.`);
  const page = Number(q.get("page") ?? "1");
  if (!Number.isInteger(page) || page < 1) throw new AppError("bad_request", "page must be a positive whole number.");
  return listEvalExamples(actor, id, { view, page });
});
