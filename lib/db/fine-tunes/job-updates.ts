import type { FineTuningJob } from "openai/resources/fine-tuning/jobs/jobs";
import { db } from "../client";
import type { AppError } from "../../errors";
import { auditEventData } from "../audit/record-audit";
import type { FineTuneJob as JobRow } from "../generated/client";
import {
  mapProviderStatus,
  nextPoll,
  quickPollOptions,
  type PollDecision,
  type PollOptions,
  type PollOutcome,
  type PollState,
} from "../../fine-tunes/poll-schedule";
import { isFinalStatus, type FineTuneStatus } from "../../fine-tunes/fine-tune-vocabulary";
import type { ProviderErrorExplanation } from "../../providers/fine-tune-refusal";
import { env } from "../../env";

// How what the provider says lands on a job's row: its job object, a refusal, or an
// error to wait out. Shared by the launcher and the poller so both write the same way.

export type { JobRow };

import type { StoredJobError } from "../../fine-tunes/fine-tune-view";

export function storedError(e: Pick<ProviderErrorExplanation, "status" | "code" | "param" | "message" | "explanation">): string {
  return JSON.stringify({
    status: e.status,
    code: e.code,
    param: e.param,
    message: e.message,
    explanation: e.explanation,
    at: new Date().toISOString(),
  } satisfies StoredJobError);
}

/**
 * The poller's schedule. TUNESET_POLL_INTERVAL_MS sets one short interval for every
 * status, for demos and tests against a local server that finishes a job in seconds.
 */
function pollOptions(): Partial<PollOptions> {
  const quick = env().TUNESET_POLL_INTERVAL_MS;
  return quick ? quickPollOptions(quick) : {};
}

export const planNextPoll = (state: PollState, outcome: PollOutcome, now: Date): PollDecision => nextPoll(state, outcome, now, pollOptions());

/** The row's columns from the provider's job object. */
export function jobFields(job: FineTuningJob, current: FineTuneStatus = "validating_files") {
  const status = mapProviderStatus(job.status, current);
  const failure =
    job.error && (job.error.message || job.error.code)
      ? storedError({
          status: null,
          code: job.error.code ?? null,
          param: job.error.param ?? null,
          message: job.error.message ?? "",
          explanation: "The provider stopped the job. Its message says why; fix the data or the settings it names and launch again.",
        })
      : undefined;
  return {
    status,
    fineTunedModel: job.fine_tuned_model ?? null,
    trainedTokens: job.trained_tokens ?? null,
    startedAt: job.created_at ? new Date(job.created_at * 1000) : null,
    finishedAt: job.finished_at ? new Date(job.finished_at * 1000) : isFinalStatus(status) ? new Date() : null,
    providerState: JSON.stringify(job),
    ...(failure ? { error: failure } : {}),
  };
}

/** The provider said no before a job existed: final, with its words kept on the row and in the audit log. */
export async function recordRefusal(job: JobRow, e: ProviderErrorExplanation): Promise<void> {
  const actor = await db().user.findUnique({ where: { id: job.createdById }, select: { id: true, email: true, name: true } });
  await db().$transaction(async (tx) => {
    await tx.fineTuneJob.update({ where: { id: job.id }, data: { status: "refused", error: storedError(e), nextPollAt: null, finishedAt: new Date() } });
    if (actor) {
      await tx.auditEvent.create({
        data: auditEventData({
          actor,
          action: "finetune.refused",
          datasetId: job.datasetId,
          targetType: "fine_tune_job",
          targetId: job.id,
          summary: `${job.providerHost} refused the fine-tune of ${job.baseModel}${e.status ? ` (${e.status})` : ""}: ${e.message}`,
          detail: { status: e.status, code: e.code, param: e.param, message: e.message },
        }),
      });
    }
  });
}

/** A failure worth waiting out (rate limit, server error, lost connection): keep the status, note why, ask again later. */
export async function scheduleAfterError(job: JobRow, e: ProviderErrorExplanation, now = new Date()): Promise<void> {
  const outcome: PollOutcome = { kind: "error", httpStatus: e.status, retryAfterMs: e.retryAfterMs, retryable: e.retryable };
  const next = planNextPoll({ status: job.status as FineTuneStatus, pollFailures: job.pollFailures }, outcome, now);
  await db().fineTuneJob.update({
    where: { id: job.id },
    data: { error: storedError(e), pollFailures: next.pollFailures, nextPollAt: next.nextPollAt },
  });
}

/** A launch Tuneset itself cannot go on with: kept with its reason until someone retries it. */
export async function recordStop(job: JobRow, e: AppError): Promise<void> {
  await db().fineTuneJob.update({
    where: { id: job.id },
    data: { error: storedError({ status: null, code: e.code, param: null, message: "", explanation: e.message }), nextPollAt: null },
  });
}
