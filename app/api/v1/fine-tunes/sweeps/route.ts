import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { authorizeOwned } from "@/lib/services/auth/authorize";
import { launchSweep } from "@/lib/services/fine-tunes/launch-sweep";
import { datasetOfSnapshot } from "@/lib/db/auth/dataset-owners";
import { startLaunch } from "@/lib/services/fine-tunes/start-launch";
import { SweepRequestSchema } from "@/lib/validation/launch-request";

const Body = z.object({ snapshot_id: z.string({ error: "snapshot_id is required: the snapshot every job of the sweep trains on" }).min(1) });

// POST /api/v1/fine-tunes/sweeps: {snapshot_id, model, n_epochs_values: [2, 3], learning_rate_multiplier_values: [0.5, 1], ...}.
export const POST = apiRoute({ permission: "datasets.read" }, async (req) => {
  const body = await readJson(req);
  const { snapshot_id } = Body.parse(body);
  const request = SweepRequestSchema.parse(body);
  const { actor, scope } = await authorizeOwned("finetune.launch", () => datasetOfSnapshot(snapshot_id));
  const sweep = await launchSweep(actor, scope, snapshot_id, request);
  for (const job of sweep.jobs) if (job.created) startLaunch(job.id);
  return NextResponse.json({ sweep_id: sweep.sweepId, jobs: sweep.jobs.map((j) => j.id) }, { status: 202 });
});
