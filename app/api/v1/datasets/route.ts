import { apiRoute, readJson } from "@/lib/api/api-route";
import { listDatasets } from "@/lib/db/datasets/list-datasets";
import { createDataset } from "@/lib/db/datasets/create-dataset";

export const GET = apiRoute(async () => ({ datasets: await listDatasets() }));

export const POST = apiRoute(async (req) => {
  const dataset = await createDataset(await readJson(req));
  return Response.json({ dataset }, { status: 201 });
});
