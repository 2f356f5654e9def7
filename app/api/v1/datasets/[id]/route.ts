import { apiRoute } from "@/lib/api/api-route";
import { getDatasetSummary } from "@/lib/db/datasets/list-datasets";

export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (_req, _params, _actor, scope) => ({
  dataset: await getDatasetSummary(scope),
}));
