import { apiRoute } from "@/lib/api/api-route";
import { datasetOfSweep } from "@/lib/db/auth/dataset-owners";
import { getSweep } from "@/lib/db/fine-tunes/read-sweep";
import { fineTuneJson } from "@/lib/db/fine-tunes/fine-tune-json";

// GET /api/v1/fine-tunes/sweeps/{id}: the grid and each job with its final metrics.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => datasetOfSweep(p.id) }, async (_req, { id }, actor) => {
  const sweep = await getSweep(actor, id);
  return { id: sweep.id, grid: sweep.grid, snapshot: sweep.snapshot, jobs: sweep.jobs.map((j) => ({ ...fineTuneJson(j), final_metrics: j.final })) };
});
