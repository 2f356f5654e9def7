import { apiRoute } from "@/lib/api/api-route";
import { streamChunks } from "@/lib/api/stream-chunks";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { countInvalidLines, invalidLineChunks } from "@/lib/db/conversations/invalid-lines";
import { recordInvalidLinesDownload } from "@/lib/db/audit/record-export";
import { exportFileName } from "@/lib/export/export-file-name";

// GET /api/v1/datasets/{id}/invalid-lines: the invalid lines, byte for byte as imported
// (a line that was not UTF-8 comes back with its own bytes), to fix outside Tuneset.
// Anyone who may read the dataset sees these lines on its pages already.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => p.id }, async (_req, _params, actor, scope) => {
  const dataset = await getDataset(scope);
  const lines = countInvalidLines(scope);
  recordInvalidLinesDownload(actor, dataset, lines);
  const chunks = invalidLineChunks(scope);
  const body = streamChunks(chunks);
  return new Response(body, {
    headers: {
      // Octet stream, not text: some lines are deliberately not UTF-8.
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${exportFileName(dataset.name, "invalid")}"`,
      "Cache-Control": "no-store",
      "X-Tuneset-Records": String(lines),
    },
  });
});
