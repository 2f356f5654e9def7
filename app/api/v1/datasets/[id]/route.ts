import { apiRoute, readJson } from "@/lib/api/api-route";
import { getDatasetSummary } from "@/lib/db/datasets/list-datasets";
import { editDataset } from "@/lib/db/datasets/edit-dataset";
import { trashDataset } from "@/lib/db/datasets/dataset-trash";
import { DatasetEditSchema } from "@/lib/validation/dataset";

const inDataset = <P extends "datasets.read" | "datasets.settings" | "datasets.delete">(permission: P) => ({
  permission,
  dataset: (p: { id: string }) => p.id,
});

export const GET = apiRoute<{ id: string }>(inDataset("datasets.read"), async (_req, _params, _actor, scope) => ({
  dataset: await getDatasetSummary(scope),
}));

// PATCH {"name"?, "description"?}: rename and/or re-describe. A name another dataset has is a 409.
export const PATCH = apiRoute<{ id: string }>(inDataset("datasets.settings"), async (req, _params, actor, scope) => {
  await editDataset(scope, DatasetEditSchema.parse(await readJson(req)), actor);
  return { dataset: await getDatasetSummary(scope) };
});

// DELETE: into the trash of datasets for 30 days; POST …/restore brings it back.
export const DELETE = apiRoute<{ id: string }>(inDataset("datasets.delete"), async (_req, _params, actor, scope) => {
  const dataset = await trashDataset(scope, actor);
  return { dataset: { id: dataset.id, name: dataset.name, deleted_at: dataset.deletedAt, purge_at: dataset.purgeAt } };
});
