import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../../db/audit/record-audit";
import { AppError } from "../../errors";
import { newIdempotencyKey } from "../../fine-tunes/idempotency";
import { estimateSweepCost, expandSweep } from "../../fine-tunes/sweep-grid";
import type { SweepRequest } from "../../validation/launch-request";
import { createFineTune, type CreatedFineTune } from "./create-fine-tune";
import { launchPreview } from "../../db/fine-tunes/launch-preview";
import type { DatasetScope } from "../../db/scope";

// A small grid on one snapshot: one sweep row, then one job per combination, each with
// the sweep's key plus its number, so submitting the same sweep again finds the same
// jobs instead of launching the grid twice.

export async function launchSweep(
  actor: Actor,
  scope: DatasetScope,
  snapshotId: string,
  request: SweepRequest,
): Promise<{ sweepId: string; jobs: CreatedFineTune[] }> {
  const key = request.idempotencyKey ?? newIdempotencyKey();
  const requests = expandSweep({ ...request, idempotencyKey: key });
  const earlier = await db().fineTuneJob.findUnique({ where: { idempotencyKey: requests[0].idempotencyKey! }, select: { sweepId: true } });
  const preview = await launchPreview(scope, { snapshotId, model: request.model, method: request.method, provider: request.provider });
  if (preview.blockers.length) {
    throw new AppError("unprocessable", `This sweep would fail at the provider: ${preview.blockers.join(" ")}`, { blockers: preview.blockers });
  }
  let sweepId = earlier?.sweepId ?? null;
  if (!sweepId) {
    const cost = estimateSweepCost(requests, preview.budget);
    const grid = {
      n_epochs: request.n_epochs_values ?? [request.n_epochs],
      learning_rate_multiplier: request.learning_rate_multiplier_values ?? [request.learning_rate_multiplier],
      batch_size: request.batch_size_values ?? [request.batch_size],
    };
    sweepId = await db().$transaction(async (tx) => {
      const sweep = await tx.fineTuneSweep.create({ data: { snapshotId, grid: JSON.stringify(grid), createdById: actor.id }, select: { id: true } });
      const total = cost.totalCostUsd === null ? "" : `, estimated $${cost.totalCostUsd.toFixed(2)} in all`;
      await tx.auditEvent.create({
        data: auditEventData({
          actor,
          action: "finetune.sweep_launched",
          datasetId: preview.snapshot.datasetId,
          targetType: "fine_tune_sweep",
          targetId: sweep.id,
          summary: `Launched a sweep of ${requests.length} fine-tunes of ${request.model} on snapshot #${preview.snapshot.number} of ${preview.datasetName}${total}.`,
          detail: { grid, jobs: requests.length, totalTokens: cost.totalTokens, totalCostUsd: cost.totalCostUsd },
        }),
      });
      return sweep.id;
    });
  }
  const jobs: CreatedFineTune[] = [];
  for (const job of requests) jobs.push(await createFineTune(actor, preview, job, { sweepId }));
  return { sweepId, jobs };
}
