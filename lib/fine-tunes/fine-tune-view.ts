import type { FinalMetrics } from "./training-metrics";

// Jobs as the pages, the API and the CLI read them (lib/db/fine-tunes/read-fine-tunes.ts
// fills these), kept here so components can take them without reaching the database.

/** The stored error: the provider's own words and Tuneset's explanation of them. */
export type StoredJobError = {
  status: number | null;
  code: string | null;
  param: string | null;
  message: string;
  explanation: string;
  at: string;
};

export type FineTuneSummary = {
  id: string;
  status: string;
  provider: string;
  providerHost: string;
  baseModel: string;
  method: string;
  suffix: string | null;
  providerJobId: string | null;
  fineTunedModel: string | null;
  trainedTokens: number | null;
  estimatedTokens: number | null;
  estimatedCostUsd: number | null;
  hyperparameters: Record<string, number | "auto">;
  error: StoredJobError | null;
  sweepId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  nextPollAt: Date | null;
  dataset: { id: string; name: string };
  snapshot: { id: string; number: number };
  createdBy: { name: string; email: string };
};

export type FineTuneDetail = FineTuneSummary & {
  seed: number | null;
  idempotencyKey: string;
  trainingFileId: string | null;
  validationFileId: string | null;
  providerState: string | null;
  pollFailures: number;
  events: { providerEventId: string; createdAt: Date; level: string; type: string; message: string; data: Record<string, unknown> | null }[];
  checkpoints: { providerCheckpointId: string; step: number; fineTunedModelCheckpoint: string; metrics: Record<string, number> }[];
};

export type SweepJob = FineTuneSummary & { final: FinalMetrics };
