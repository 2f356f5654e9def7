import { apiRoute, readJson } from "@/lib/api/api-route";
import { latestRun } from "@/lib/db/dedup/list-clusters";
import { resolveAllExact } from "@/lib/db/dedup/resolve-clusters";
import { bulkOperationJson } from "@/lib/db/bulk/list-bulk-operations";
import { ResolveExactSchema } from "@/lib/validation/dedup";
import { notFound } from "@/lib/errors";

// POST /api/v1/datasets/{id}/dedup/resolve-exact {merge_labels?}: every unresolved exact
// cluster of the latest run, each with its suggested keeper, as one undoable bulk change.
export const POST = apiRoute<{ id: string }>({ permission: "datasets.dedup", dataset: (p) => p.id }, async (req, _params, actor, scope) => {
  const body = (req.headers.get("content-length") === "0" ? {} : await readJson(req)) as { merge_labels?: unknown };
  const run = await latestRun(scope);
  if (!run || run.status !== "done") throw notFound("A finished de-duplication run of this dataset");
  const { runId, mergeLabels } = ResolveExactSchema.parse({ runId: run.id, mergeLabels: body.merge_labels ?? false });
  const { operation } = await resolveAllExact(scope, runId, mergeLabels, actor);
  return { operation: bulkOperationJson(operation) };
});
