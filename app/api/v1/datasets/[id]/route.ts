import { apiRoute } from "@/lib/api/api-route";
import { getDatasetById } from "@/lib/db/datasets/get-dataset";
import { listDatasets } from "@/lib/db/datasets/list-datasets";

export const GET = apiRoute<{ id: string }>(async (_req, { id }) => {
  await getDatasetById(id);
  const dataset = (await listDatasets()).find((d) => d.id === id);
  return { dataset };
});
