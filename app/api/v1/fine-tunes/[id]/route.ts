import { apiRoute } from "@/lib/api/api-route";
import { getFineTune } from "@/lib/db/fine-tunes/read-fine-tunes";
import { fineTuneDetailJson } from "@/lib/db/fine-tunes/fine-tune-json";
import { datasetOfFineTune } from "@/lib/db/auth/dataset-owners";
import { buildTrainingSeries, finalMetrics } from "@/lib/fine-tunes/training-metrics";

// GET /api/v1/fine-tunes/{id}: the job with its events, checkpoints and training curves.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => datasetOfFineTune(p.id) }, async (_req, { id }, actor) => {
  const job = await getFineTune(actor, id);
  const series = buildTrainingSeries(
    job.events.map((e) => ({ id: e.providerEventId, created_at: e.createdAt.getTime() / 1000, message: e.message, type: e.type, data: e.data })),
  );
  return { ...fineTuneDetailJson(job), metrics: series.metrics, final_metrics: finalMetrics(series) };
});
