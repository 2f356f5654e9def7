"use server";

import { revalidatePath } from "next/cache";
import { authorizeOwned } from "../auth/authorize";
import { cancelFineTune } from "../db/fine-tunes/cancel-fine-tune";
import { createFineTune } from "../db/fine-tunes/create-fine-tune";
import { launchPreview } from "../db/fine-tunes/launch-preview";
import { datasetOfFineTune, datasetOfSnapshot } from "../db/fine-tunes/fine-tune-dataset";
import { resetLaunch } from "../db/fine-tunes/retry-launch";
import { startLaunch } from "../db/fine-tunes/start-launch";
import { LaunchRequestSchema, SweepRequestSchema } from "../validation/launch-request";
import { launchSweep } from "../db/fine-tunes/launch-sweep";
import { actionFailure, type ActionResult } from "../api/action-result";

// Launch, cancel and retry from the pages. A launch writes its row (found again by its
// idempotency key on a double click) and goes on in the background; the job's page
// follows it.

export async function launchFineTuneAction(_prev: ActionResult<{ jobId: string }> | null, form: FormData): Promise<ActionResult<{ jobId: string }>> {
  const parsed = LaunchRequestSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const snapshotId = String(form.get("snapshotId") ?? "");
    const actor = await authorizeOwned("finetune.launch", () => datasetOfSnapshot(snapshotId));
    const preview = await launchPreview({ snapshotId, model: parsed.data.model, method: parsed.data.method, provider: parsed.data.provider, n_epochs: parsed.data.n_epochs });
    const job = await createFineTune(actor, preview, parsed.data);
    if (job.created) startLaunch(job.id);
    revalidatePath("/fine-tunes");
    return { ok: true, jobId: job.id };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function launchSweepAction(_prev: ActionResult<{ sweepId: string }> | null, form: FormData): Promise<ActionResult<{ sweepId: string }>> {
  const parsed = SweepRequestSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const snapshotId = String(form.get("snapshotId") ?? "");
    const actor = await authorizeOwned("finetune.launch", () => datasetOfSnapshot(snapshotId));
    const sweep = await launchSweep(actor, snapshotId, parsed.data);
    for (const job of sweep.jobs) if (job.created) startLaunch(job.id);
    revalidatePath("/fine-tunes");
    return { ok: true, sweepId: sweep.sweepId };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function cancelFineTuneAction(jobId: string): Promise<ActionResult> {
  try {
    const actor = await authorizeOwned("finetune.cancel", () => datasetOfFineTune(jobId));
    await cancelFineTune(actor, jobId);
    revalidatePath(`/fine-tunes/${jobId}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function retryLaunchAction(jobId: string): Promise<ActionResult> {
  try {
    const actor = await authorizeOwned("finetune.launch", () => datasetOfFineTune(jobId));
    await resetLaunch(actor, jobId);
    startLaunch(jobId);
    revalidatePath(`/fine-tunes/${jobId}`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}
