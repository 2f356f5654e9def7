import { apiRoute, readJson } from "@/lib/api/api-route";
import { listDatasets } from "@/lib/db/datasets/list-datasets";
import { createDataset } from "@/lib/db/datasets/create-dataset";
import { DatasetCreateSchema } from "@/lib/validation/dataset";

export const GET = apiRoute({ permission: "datasets.read" }, async (_req, _params, actor) => ({ datasets: await listDatasets(actor) }));

export const POST = apiRoute({ permission: "datasets.create" }, async (req, _params, actor) => {
  const dataset = await createDataset(DatasetCreateSchema.parse(await readJson(req)), actor);
  return Response.json({ dataset }, { status: 201 });
});
