"use server";

import { z } from "zod";
import { serverAction } from "../api/server-action";
import { cancelFineTune } from "../services/fine-tunes/cancel-fine-tune";
import { createFineTune } from "../services/fine-tunes/create-fine-tune";
import { launchPreview } from "../db/fine-tunes/launch-preview";
import { datasetOfFineTune, datasetOfSnapshot } from "../db/auth/dataset-owners";
import { resetLaunch } from "../services/fine-tunes/retry-launch";
import { startLaunch } from "../services/fine-tunes/start-launch";
import { LaunchRequestSchema, SweepRequestSchema } from "../validation/launch-request";
import { launchSweep } from "../services/fine-tunes/launch-sweep";

// Launch, cancel and retry from the pages. A launch writes its row (found again by its
// idempotency key on a double click) and goes on in the background; the job's page
// follows it.

/** The launch dialog's form names the snapshot beside the launch fields. */
const FromSnapshot = z.object({ snapshotId: z.string({ error: "snapshot id is required" }).min(1, { error: "snapshot id is required" }) });
const JobRef = z.object({ jobId: z.string({ error: "fine-tune id is required" }).min(1, { error: "fine-tune id is required" }) });
const ofSnapshot = (i: { snapshotId: string }) => datasetOfSnapshot(i.snapshotId);
const ofJob = (i: { jobId: string }) => datasetOfFineTune(i.jobId);
const jobPage = (i: { jobId: string }) => [`/fine-tunes/${i.jobId}`];
/** The job page's buttons for one fine-tune, called with its id. */
const onJob = { schema: JobRef, dataset: ofJob, args: (jobId: string) => ({ jobId }), revalidate: jobPage };

export const launchFineTuneAction = serverAction(
  { permission: "finetune.launch", schema: FromSnapshot.and(LaunchRequestSchema), dataset: ofSnapshot, form: true, revalidate: () => ["/fine-tunes"] },
  async ({ snapshotId, ...request }, actor, ctx) => {
    const preview = await launchPreview(ctx.scope, {
      snapshotId,
      model: request.model,
      method: request.method,
      provider: request.provider,
      n_epochs: request.n_epochs,
    });
    const job = await createFineTune(actor, preview, request);
    if (job.created) startLaunch(job.id);
    return { jobId: job.id };
  },
);

export const launchSweepAction = serverAction(
  { permission: "finetune.launch", schema: FromSnapshot.and(SweepRequestSchema), dataset: ofSnapshot, form: true, revalidate: () => ["/fine-tunes"] },
  async ({ snapshotId, ...request }, actor, ctx) => {
    const sweep = await launchSweep(actor, ctx.scope, snapshotId, request);
    for (const job of sweep.jobs) if (job.created) startLaunch(job.id);
    return { sweepId: sweep.sweepId };
  },
);

export const cancelFineTuneAction = serverAction({ permission: "finetune.cancel", ...onJob }, async ({ jobId }, actor) => {
  await cancelFineTune(actor, jobId);
  return {};
});

export const retryLaunchAction = serverAction({ permission: "finetune.launch", ...onJob }, async ({ jobId }, actor) => {
  await resetLaunch(actor, jobId);
  startLaunch(jobId);
  return {};
});
