import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../../db/audit/record-audit";
import { AppError } from "../../errors";
import { PROVIDER_KIND_NAMES } from "../../fine-tunes/fine-tune-vocabulary";
import { newIdempotencyKey } from "../../fine-tunes/idempotency";
import { estimateJob } from "../../fine-tunes/estimate";
import type { LaunchRequest } from "../../validation/launch-request";
import type { LaunchPreview } from "../../db/fine-tunes/launch-preview";
import { LAUNCH_LEASE_MS } from "./run-launch";

// The first step of a launch: the job's row, written before anything goes to the
// provider, so a double click, a retry or a restart finds it by its idempotency key
// instead of making a second one. The launcher (run-launch.ts) takes it from here.

export type CreatedFineTune = { id: string; created: boolean };

type Options = { sweepId?: string | null; idempotencyKey?: string };

export async function createFineTune(actor: Actor, preview: LaunchPreview, request: LaunchRequest, o: Options = {}): Promise<CreatedFineTune> {
  const key = o.idempotencyKey ?? request.idempotencyKey ?? newIdempotencyKey();
  const existing = await db().fineTuneJob.findUnique({ where: { idempotencyKey: key }, select: { id: true, snapshotId: true } });
  if (existing) return sameLaunch(existing, preview);
  if (preview.blockers.length) {
    throw new AppError("unprocessable", `This fine-tune would fail at the provider: ${preview.blockers.join(" ")}`, { blockers: preview.blockers });
  }
  const { snapshot } = preview;
  const estimate = estimateJob({ ...preview.budget, n_epochs: request.n_epochs, model: request.model, provider: request.provider });
  const hyperparameters = {
    n_epochs: request.n_epochs,
    batch_size: request.batch_size,
    learning_rate_multiplier: request.learning_rate_multiplier,
    ...(request.method === "dpo" ? { beta: request.beta } : {}),
  };
  try {
    return await db().$transaction(async (tx) => {
      const job = await tx.fineTuneJob.create({
        data: {
          datasetId: snapshot.datasetId,
          snapshotId: snapshot.id,
          sweepId: o.sweepId ?? null,
          provider: request.provider,
          providerHost: preview.provider.host ?? preview.provider.name,
          baseModel: request.model,
          method: request.method,
          hyperparameters: JSON.stringify(hyperparameters),
          suffix: request.suffix ?? null,
          seed: request.seed ?? null,
          idempotencyKey: key,
          status: "uploading",
          estimatedTokens: estimate.billedTokens,
          estimatedCostUsd: estimate.costUsd,
          // Leased to whoever created it, who launches it now; the poller takes over only if that stops.
          nextPollAt: new Date(Date.now() + LAUNCH_LEASE_MS),
          createdById: actor.id,
        },
        select: { id: true },
      });
      const cost = estimate.costUsd === null ? "" : `, estimated $${estimate.costUsd.toFixed(2)}`;
      const summary = `Launched a ${request.method} fine-tune of ${request.model} on snapshot #${snapshot.number} of ${preview.datasetName} with ${PROVIDER_KIND_NAMES[request.provider]} (${preview.provider.host})${cost}.`;
      await tx.auditEvent.create({
        data: auditEventData({
          actor,
          action: "finetune.launched",
          datasetId: snapshot.datasetId,
          targetType: "fine_tune_job",
          targetId: job.id,
          summary,
          detail: {
            snapshotId: snapshot.id,
            provider: request.provider,
            host: preview.provider.host,
            model: request.model,
            method: request.method,
            hyperparameters,
            suffix: request.suffix ?? null,
            seed: request.seed ?? null,
            sweepId: o.sweepId ?? null,
            estimate,
          },
        }),
      });
      return { id: job.id, created: true };
    });
  } catch (e) {
    // Two requests with one key raced past the lookup: the loser answers with the winner's row.
    const again = await db().fineTuneJob.findUnique({ where: { idempotencyKey: key }, select: { id: true, snapshotId: true } });
    if (again) return sameLaunch(again, preview);
    throw e;
  }
}

function sameLaunch(existing: { id: string; snapshotId: string }, preview: LaunchPreview): CreatedFineTune {
  if (existing.snapshotId !== preview.snapshot.id) {
    throw new AppError("conflict", "This idempotency key already launched a fine-tune of another snapshot. Send a new key for a new launch.");
  }
  return { id: existing.id, created: false };
}
