import { apiRoute, readJson } from "@/lib/api/api-route";
import { restoreDataset } from "@/lib/db/datasets/dataset-trash";
import { getDatasetSummary } from "@/lib/db/datasets/list-datasets";
import { allowedIn } from "@/lib/services/auth/allowed-in";
import { DatasetRestoreSchema } from "@/lib/validation/dataset";

// POST /api/v1/datasets/{id}/restore [{"name": "…"}]: brings a deleted dataset back from
// the trash of datasets; a name is needed only when a live dataset has taken its own.
// The role is checked here; the dataset is looked for only among the deleted ones the
// caller could see (a live dataset has no membership check to pass through here).
export const POST = apiRoute<{ id: string }>({ permission: "datasets.delete" }, async (req, { id }, actor) => {
  const body = req.body === null || req.headers.get("content-length") === "0" ? {} : await readJson(req);
  const dataset = await restoreDataset(id, DatasetRestoreSchema.parse(body), actor);
  // Live again, it is read as any dataset is: through the check that gives its scope.
  return { dataset: await getDatasetSummary(await allowedIn(actor, "datasets.read", dataset.id)) };
});
