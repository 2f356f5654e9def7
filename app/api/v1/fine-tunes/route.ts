import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { authorizeDataset, authorizeOwned } from "@/lib/services/auth/authorize";
import { getFineTune, listFineTunes } from "@/lib/db/fine-tunes/read-fine-tunes";
import { fineTuneJson } from "@/lib/db/fine-tunes/fine-tune-json";
import { launchFineTune } from "@/lib/services/fine-tunes/launch-fine-tune";
import { datasetOfSnapshot } from "@/lib/db/auth/dataset-owners";
import { startLaunch } from "@/lib/services/fine-tunes/start-launch";
import { snapshotJson } from "@/lib/db/snapshots/snapshot-json";
import { FineTuneApiRequestSchema } from "@/lib/validation/fine-tune-api";

// GET /api/v1/fine-tunes[?dataset=ID]: the jobs of the datasets the caller may see.
export const GET = apiRoute({ permission: "datasets.read" }, async (req, _params, actor) => {
  const dataset = new URL(req.url).searchParams.get("dataset") ?? undefined;
  return { data: (await listFineTunes(actor, { datasetId: dataset })).map(fineTuneJson) };
});

// POST /api/v1/fine-tunes: launch from {snapshot_id} or {dataset_id, snapshot?: {...}}.
// Answers 202 at once with the job (status "uploading"); GET /api/v1/fine-tunes/{id}
// follows it. The same idempotencyKey answers with the same job.
export const POST = apiRoute({ permission: "datasets.read" }, async (req) => {
  const { launch, target } = FineTuneApiRequestSchema.parse(await readJson(req));
  const { actor, scope } =
    "snapshotId" in target
      ? await authorizeOwned("finetune.launch", () => datasetOfSnapshot(target.snapshotId))
      : await authorizeDataset("finetune.launch", target.datasetId);
  const { job, snapshot } = await launchFineTune(actor, scope, target, launch);
  if (job.created) startLaunch(job.id);
  return NextResponse.json(
    { job: fineTuneJson(await getFineTune(actor, job.id)), snapshot: snapshotJson(snapshot), created: job.created },
    { status: job.created ? 202 : 200 },
  );
});
