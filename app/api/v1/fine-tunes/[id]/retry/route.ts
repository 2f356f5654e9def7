import { apiRoute } from "@/lib/api/api-route";
import { datasetOfFineTune } from "@/lib/db/auth/dataset-owners";
import { resetLaunch } from "@/lib/services/fine-tunes/retry-launch";
import { startLaunch } from "@/lib/services/fine-tunes/start-launch";

// POST /api/v1/fine-tunes/{id}/retry: tries a stopped launch again on the same row and key.
export const POST = apiRoute<{ id: string }>({ permission: "finetune.launch", dataset: (p) => datasetOfFineTune(p.id) }, async (_req, { id }, actor) => {
  await resetLaunch(actor, id);
  startLaunch(id);
  return { id, retried: true };
});
