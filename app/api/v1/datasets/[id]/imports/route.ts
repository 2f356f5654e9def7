import { apiRoute } from "@/lib/api/api-route";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { listImports } from "@/lib/db/imports/import-records";
import { importIntoDataset } from "@/lib/services/imports/import-into-dataset";
import { uploadChunks, uploadQuery } from "@/lib/api/upload-body";

// POST /api/v1/datasets/{id}/imports with the JSONL file as the raw request body
// (curl --data-binary @file.jsonl); ?filename= names it in the dataset's history, and
// ?resume=IMPORT_ID goes on with an interrupted import of the same file after its last stored line.
export const POST = apiRoute<{ id: string }>({ permission: "datasets.import", dataset: (p) => p.id }, async (req, _params, actor, scope) => {
  const dataset = await getDataset(scope);
  const { filename, resume } = uploadQuery(req);
  return importIntoDataset({ dataset, fileName: filename, chunks: uploadChunks(req), actor, resume });
});

export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (_req, _params, _actor, scope) => {
  await getDataset(scope);
  return { imports: await listImports(scope) };
});
