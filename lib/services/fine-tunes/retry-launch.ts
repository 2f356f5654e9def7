import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../../db/audit/record-audit";
import { AppError } from "../../errors";
import { LAUNCH_LEASE_MS } from "./run-launch";

// A launch that stopped (refused, or given up after repeated errors) can be tried
// again on the same row: the same idempotency key, the files already uploaded, and a
// look at the provider for a job an earlier attempt made before creating one.

export async function resetLaunch(actor: Actor, jobId: string): Promise<void> {
  const job = await db().fineTuneJob.findUnique({ where: { id: jobId } });
  if (!job) throw new AppError("not_found", `No fine-tune ${jobId}.`);
  const stalled = !job.providerJobId && (job.status === "refused" || job.nextPollAt === null);
  if (!stalled) {
    throw new AppError(
      "conflict",
      job.providerJobId ? "This fine-tune already has a job at the provider; there is nothing to launch again." : "This launch is still under way.",
    );
  }
  await db().$transaction([
    db().fineTuneJob.update({
      where: { id: jobId },
      data: {
        status: job.trainingFileId ? "creating" : "uploading",
        error: null,
        finishedAt: null,
        pollFailures: 0,
        nextPollAt: new Date(Date.now() + LAUNCH_LEASE_MS),
      },
    }),
    db().auditEvent.create({
      data: auditEventData({
        actor,
        action: "finetune.launch_retried",
        datasetId: job.datasetId,
        targetType: "fine_tune_job",
        targetId: job.id,
        summary: `Retried the launch of the fine-tune of ${job.baseModel} (it had ${job.status === "refused" ? "been refused" : "stopped"}).`,
        detail: { previousStatus: job.status, previousError: job.error ? JSON.parse(job.error) : null },
      }),
    }),
  ]);
}
