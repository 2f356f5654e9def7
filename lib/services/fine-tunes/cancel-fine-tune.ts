import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../../db/audit/record-audit";
import { AppError } from "../../errors";
import { resolveProvider } from "../../db/providers/provider-settings";
import { providerClient } from "../../providers/provider-client";
import { explainProviderError } from "../../providers/fine-tune-refusal";
import { isFinalStatus, type FineTuneStatus, type ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import { jobFields } from "../../db/fine-tunes/job-updates";

// Cancelling asks the provider first and records only what it answers: a job the
// provider still runs is never shown as cancelled. A launch that has no provider job
// yet is stopped here, before anything more is sent.

export async function cancelFineTune(actor: Actor, jobId: string): Promise<{ status: FineTuneStatus }> {
  const job = await db().fineTuneJob.findUnique({ where: { id: jobId } });
  if (!job) throw new AppError("not_found", `No fine-tune ${jobId}.`);
  if (isFinalStatus(job.status)) throw new AppError("conflict", `This fine-tune has already ended (${job.status}); there is nothing to cancel.`);
  let fields: Partial<ReturnType<typeof jobFields>> = { status: "cancelled", finishedAt: new Date() };
  if (job.providerJobId) {
    try {
      const client = providerClient(await resolveProvider(job.provider as ProviderKind), { maxRetries: 2 });
      fields = jobFields(await client.fineTuning.jobs.cancel(job.providerJobId), job.status as FineTuneStatus);
    } catch (e) {
      const x = explainProviderError(e);
      throw new AppError(
        x.status && x.status < 500 ? "bad_request" : "internal",
        `${job.providerHost} did not cancel the job: ${x.explanation} The provider said: “${x.message}”`,
      );
    }
  }
  const status = fields.status as FineTuneStatus;
  await db().$transaction(async (tx) => {
    await tx.fineTuneJob.update({ where: { id: job.id }, data: { ...fields, nextPollAt: isFinalStatus(status) ? null : new Date() } });
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "finetune.cancelled",
        datasetId: job.datasetId,
        targetType: "fine_tune_job",
        targetId: job.id,
        summary: `Cancelled the fine-tune of ${job.baseModel}${job.providerJobId ? ` (${job.providerJobId})` : " before it reached the provider"}.`,
        detail: { providerJobId: job.providerJobId, previousStatus: job.status, status },
      }),
    });
  });
  return { status };
}
