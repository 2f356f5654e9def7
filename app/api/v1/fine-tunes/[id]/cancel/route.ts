import { apiRoute } from "@/lib/api/api-route";
import { cancelFineTune } from "@/lib/services/fine-tunes/cancel-fine-tune";
import { datasetOfFineTune } from "@/lib/db/auth/dataset-owners";

// POST /api/v1/fine-tunes/{id}/cancel: asks the provider to cancel; answers with the status it reports.
export const POST = apiRoute<{ id: string }>({ permission: "finetune.cancel", dataset: (p) => datasetOfFineTune(p.id) }, async (_req, { id }, actor) =>
  cancelFineTune(actor, id),
);
