import { apiRoute } from "@/lib/api/api-route";
import { streamChunks } from "@/lib/api/stream-chunks";
import { getDataset } from "@/lib/db/datasets/get-dataset";
import { exportChunks, exportWarnings, prepareExport } from "@/lib/db/conversations/export-conversations";
import { ExportRequestSchema } from "@/lib/validation/export-request";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { exportFileName } from "@/lib/export/export-file-name";
import { recordExport } from "@/lib/db/audit/record-export";

// Streams the export: GET /api/v1/datasets/{id}/export?status=approved (and any table filter).
export const GET = apiRoute<{ id: string }>({ permission: "datasets.export", dataset: (p) => p.id }, async (req, _params, actor, scope) => {
  const dataset = await getDataset(scope);
  const request = ExportRequestSchema.parse(paramsToObject(new URL(req.url).searchParams));
  const { stats, overridden } = await prepareExport(scope, request);
  recordExport(actor, dataset, request, stats.records, "http", overridden);
  const chunks = exportChunks(scope, request);
  const body = streamChunks(chunks);
  return new Response(body, {
    headers: {
      "Content-Type": "application/jsonl; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(dataset.name, request.status)}"`,
      "Cache-Control": "no-store",
      "X-Tuneset-Records": String(stats.records),
      "X-Tuneset-Warnings": JSON.stringify([...overridden.map((o) => `Exported despite: ${o}`), ...exportWarnings(stats)]),
    },
  });
});
