"use server";

import { z } from "zod";
import { formTarget, LaunchTargetFormSchema } from "../validation/fine-tune-api";
import { serverAction } from "../api/server-action";
import { cancelFineTune } from "../services/fine-tunes/cancel-fine-tune";
import { launchFineTune, snapshotForLaunch } from "../services/fine-tunes/launch-fine-tune";
import { datasetOfFineTune, datasetOfSnapshot } from "../db/auth/dataset-owners";
import { resetLaunch } from "../services/fine-tunes/retry-launch";
import { startLaunch } from "../services/fine-tunes/start-launch";
import { LaunchRequestSchema, SweepRequestSchema } from "../validation/launch-request";
import { launchSweep } from "../services/fine-tunes/launch-sweep";

// Launch, cancel and retry from the pages. A launch writes its row (found again by its
// idempotency key on a double click) and goes on in the background; the job's page
// follows it.

/** The launch dialog's form names the snapshot (or, from the dataset page, the dataset) beside the launch fields. */
const ofTarget = (i: { snapshotId?: string; datasetId?: string }) => (i.snapshotId ? datasetOfSnapshot(i.snapshotId) : i.datasetId!);
const JobRef = z.object({ jobId: z.string({ error: "fine-tune id is required" }).min(1, { error: "fine-tune id is required" }) });
const ofJob = (i: { jobId: string }) => datasetOfFineTune(i.jobId);
/** A launch from the dataset page may make its snapshot: the dataset's pages list it. */
const launched = (i: { datasetId?: string }) => ["/fine-tunes", ...(i.datasetId ? [{ path: `/datasets/${i.datasetId}`, type: "layout" as const }] : [])];
const jobPage = (i: { jobId: string }) => [`/fine-tunes/${i.jobId}`];
/** The job page's buttons for one fine-tune, called with its id. */
const onJob = { schema: JobRef, dataset: ofJob, args: (jobId: string) => ({ jobId }), revalidate: jobPage };

export const launchFineTuneAction = serverAction(
  { permission: "finetune.launch", schema: LaunchTargetFormSchema.and(LaunchRequestSchema), dataset: ofTarget, form: true, revalidate: launched },
  async ({ snapshotId, datasetId, snapshotValidation, snapshotSeed, ...request }, actor, ctx) => {
    const { job, snapshot } = await launchFineTune(actor, ctx.scope, formTarget({ snapshotId, datasetId, snapshotValidation, snapshotSeed }), request);
    if (job.created) startLaunch(job.id);
    return { jobId: job.id, snapshotNumber: snapshot.number, reused: snapshot.reused };
  },
);

export const launchSweepAction = serverAction(
  { permission: "finetune.launch", schema: LaunchTargetFormSchema.and(SweepRequestSchema), dataset: ofTarget, form: true, revalidate: launched },
  async ({ snapshotId, datasetId, snapshotValidation, snapshotSeed, ...request }, actor, ctx) => {
    const snapshot = await snapshotForLaunch(actor, ctx.scope, formTarget({ snapshotId, datasetId, snapshotValidation, snapshotSeed }), request.provider);
    const sweep = await launchSweep(actor, ctx.scope, snapshot.id, request);
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
