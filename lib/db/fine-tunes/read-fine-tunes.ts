import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { visibleDatasets } from "../scope";
import type { FineTuneDetail, FineTuneSummary, StoredJobError } from "../../fine-tunes/fine-tune-view";

export type { FineTuneDetail, FineTuneSummary };

// Reading jobs for the pages, the API and the CLI: only those of datasets the actor
// may see, with the snapshot and dataset they came from.

const LIST_SELECT = {
  id: true,
  status: true,
  provider: true,
  providerHost: true,
  baseModel: true,
  method: true,
  suffix: true,
  providerJobId: true,
  fineTunedModel: true,
  trainedTokens: true,
  estimatedTokens: true,
  estimatedCostUsd: true,
  hyperparameters: true,
  error: true,
  sweepId: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  nextPollAt: true,
  dataset: { select: { id: true, name: true } },
  snapshot: { select: { id: true, number: true } },
  createdBy: { select: { name: true, email: true } },
} as const;

export async function listFineTunes(
  actor: Actor,
  o: { datasetId?: string; snapshotId?: string; sweepId?: string; take?: number } = {},
): Promise<FineTuneSummary[]> {
  const rows = await db().fineTuneJob.findMany({
    where: {
      dataset: visibleDatasets(actor),
      ...(o.datasetId ? { datasetId: o.datasetId } : {}),
      ...(o.snapshotId ? { snapshotId: o.snapshotId } : {}),
      ...(o.sweepId ? { sweepId: o.sweepId } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: o.take ?? 200,
    select: LIST_SELECT,
  });
  return rows.map(withParsed);
}

export async function getFineTune(actor: Actor, id: string): Promise<FineTuneDetail> {
  const row = await db().fineTuneJob.findFirst({
    where: { id, dataset: visibleDatasets(actor) },
    select: {
      ...LIST_SELECT,
      seed: true,
      idempotencyKey: true,
      trainingFileId: true,
      validationFileId: true,
      providerState: true,
      pollFailures: true,
      events: { orderBy: { id: "asc" }, select: { providerEventId: true, createdAt: true, level: true, type: true, message: true, data: true } },
      checkpoints: {
        orderBy: { step: "asc" },
        select: { providerCheckpointId: true, step: true, fineTunedModelCheckpoint: true, metrics: true, createdAt: true },
      },
    },
  });
  if (!row) throw new AppError("not_found", `No fine-tune ${id} that you can see.`);
  return {
    ...withParsed(row),
    events: row.events.map((e) => ({ ...e, data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null })),
    checkpoints: row.checkpoints.map((c) => ({ ...c, metrics: JSON.parse(c.metrics) as Record<string, number> })),
  };
}

function withParsed<T extends { hyperparameters: string; error: string | null }>(row: T) {
  return {
    ...row,
    hyperparameters: JSON.parse(row.hyperparameters) as Record<string, number | "auto">,
    error: row.error ? (JSON.parse(row.error) as StoredJobError) : null,
  };
}
