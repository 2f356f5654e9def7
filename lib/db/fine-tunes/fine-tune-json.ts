import type { FineTuneDetail, FineTuneSummary } from "./read-fine-tunes";

// The API's and the CLI's shape of a job: snake_case like the provider's own objects,
// with the line back to the data (dataset and snapshot) that Tuneset adds.

export function fineTuneJson(j: FineTuneSummary) {
  return {
    id: j.id,
    status: j.status,
    provider: j.provider,
    provider_host: j.providerHost,
    provider_job_id: j.providerJobId,
    base_model: j.baseModel,
    method: j.method,
    hyperparameters: j.hyperparameters,
    suffix: j.suffix,
    fine_tuned_model: j.fineTunedModel,
    trained_tokens: j.trainedTokens,
    estimated_tokens: j.estimatedTokens,
    estimated_cost_usd: j.estimatedCostUsd,
    error: j.error,
    dataset: j.dataset,
    snapshot: j.snapshot,
    sweep_id: j.sweepId,
    created_at: j.createdAt.toISOString(),
    started_at: j.startedAt?.toISOString() ?? null,
    finished_at: j.finishedAt?.toISOString() ?? null,
  };
}

export function fineTuneDetailJson(j: FineTuneDetail) {
  return {
    ...fineTuneJson(j),
    seed: j.seed,
    idempotency_key: j.idempotencyKey,
    training_file: j.trainingFileId,
    validation_file: j.validationFileId,
    events: j.events.map((e) => ({
      id: e.providerEventId,
      created_at: e.createdAt.toISOString(),
      level: e.level,
      type: e.type,
      message: e.message,
      data: e.data,
    })),
    checkpoints: j.checkpoints.map((c) => ({
      id: c.providerCheckpointId,
      step: c.step,
      fine_tuned_model_checkpoint: c.fineTunedModelCheckpoint,
      metrics: c.metrics,
    })),
  };
}
