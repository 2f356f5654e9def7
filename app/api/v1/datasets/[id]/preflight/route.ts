import { apiRoute } from "@/lib/api/api-route";
import { datasetPreflight } from "@/lib/db/preflight/dataset-preflight";
import { ExportRequestSchema } from "@/lib/validation/export-request";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { preflightJson } from "@/lib/preflight/preflight-json";

// GET /api/v1/datasets/{id}/preflight?status=approved (and any table filter): the
// pre-flight check of what that export would write, with the codes `tuneset
// validate --json` uses. Findings list up to five records per code; `counts` is complete.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (req, _params, _actor, scope) => {
  const request = ExportRequestSchema.parse(paramsToObject(new URL(req.url).searchParams));
  return preflightJson(await datasetPreflight(scope, request));
});
