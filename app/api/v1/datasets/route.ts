import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { listDatasets } from "@/lib/db/datasets/list-datasets";
import { createDataset } from "@/lib/db/datasets/create-dataset";
import { listDeletedDatasets } from "@/lib/db/datasets/dataset-trash";
import { assertAllowed } from "@/lib/db/auth/assert-allowed";
import { DatasetCreateSchema } from "@/lib/validation/dataset";
import { booleanParam } from "@/lib/validation/boolean-param";

const ListQuerySchema = z.object({ deleted: booleanParam("deleted") });

// GET: the live datasets; ?deleted=1: the trash of datasets (leads and admins), each with when it is purged.
export const GET = apiRoute({ permission: "datasets.read" }, async (req, _params, actor) => {
  const { deleted } = ListQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  if (!deleted) return { datasets: await listDatasets(actor) };
  await assertAllowed(actor, "datasets.delete");
  return {
    datasets: (await listDeletedDatasets(actor)).map((d) => ({
      id: d.id,
      name: d.name,
      description: d.description,
      deleted_at: d.deletedAt,
      purge_at: d.purgeAt,
      deleted_by: d.deletedBy,
      records: d.records,
      name_taken: d.nameTaken,
    })),
  };
});

export const POST = apiRoute({ permission: "datasets.create" }, async (req, _params, actor) => {
  const dataset = await createDataset(DatasetCreateSchema.parse(await readJson(req)), actor);
  return Response.json({ dataset }, { status: 201 });
});
