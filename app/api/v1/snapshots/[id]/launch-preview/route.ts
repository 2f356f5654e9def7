import { apiRoute } from "@/lib/api/api-route";
import { datasetOfSnapshot } from "@/lib/db/auth/dataset-owners";
import { launchPreview, snapshotTarget, toLaunchView } from "@/lib/db/fine-tunes/launch-preview";
import { providerViews } from "@/lib/db/providers/provider-settings";
import { LaunchRequestSchema } from "@/lib/validation/launch-request";
import { paramsToObject } from "@/lib/validation/conversation-filter";

// GET /api/v1/snapshots/{id}/launch-preview?model=…&method=…&provider=…&n_epochs=…: the
// pre-flight check of the snapshot's files for that model, the estimate, and what blocks a launch.
export const GET = apiRoute<{ id: string }>({ permission: "datasets.read", dataset: (p) => datasetOfSnapshot(p.id) }, async (req, { id }, _actor, scope) => {
  const request = LaunchRequestSchema.parse(paramsToObject(new URL(req.url).searchParams));
  const preview = await launchPreview(scope, {
    snapshotId: id,
    model: request.model,
    method: request.method,
    provider: request.provider,
    n_epochs: request.n_epochs,
  });
  return { ...toLaunchView(preview, snapshotTarget(preview.snapshot), await providerViews()), estimate: preview.estimate };
});
