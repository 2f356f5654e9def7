import { isOneOf, vocabulary } from "../vocabulary";

// The words of fine-tuning shared by the launcher, the poller, the pages, the API and
// the CLI: which providers, methods and statuses exist, and the bounds the provider's
// API puts on each hyperparameter (from its published OpenAPI description).

export const { words: PROVIDER_KINDS, labels: PROVIDER_KIND_NAMES } = vocabulary({
  openai: "OpenAI",
  azure: "Azure OpenAI",
  compatible: "OpenAI-compatible endpoint",
});
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const FINE_TUNE_METHODS = ["supervised", "dpo"] as const;
export type FineTuneMethod = (typeof FINE_TUNE_METHODS)[number];

/**
 * Tuneset's steps before the provider has a job (uploading, creating), then the
 * provider's own statuses, then `refused` when the provider said no before a job
 * existed. Every step but the final ones is followed by the poller or the launcher.
 */
export const { words: FINE_TUNE_STATUSES, labels: FINE_TUNE_STATUS_LABELS } = vocabulary({
  uploading: "Uploading files",
  creating: "Creating job",
  validating_files: "Validating files",
  queued: "Queued",
  running: "Running",
  paused: "Paused",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
  refused: "Refused by provider",
});
export type FineTuneStatus = (typeof FINE_TUNE_STATUSES)[number];

export const FINAL_STATUSES: readonly FineTuneStatus[] = ["succeeded", "failed", "cancelled", "refused"];
export const isFinalStatus = (s: string) => isOneOf(FINAL_STATUSES, s);

/** Statuses the provider reports for a job; a word not listed here leaves the job's status as it was. */
export const PROVIDER_STATUSES = ["validating_files", "queued", "running", "paused", "succeeded", "failed", "cancelled"] as const;

/** The API's bounds (CreateFineTuningJobRequest and the method hyperparameter objects). */
export const HYPERPARAMETER_BOUNDS = {
  n_epochs: { min: 1, max: 50, integer: true },
  batch_size: { min: 1, max: 256, integer: true },
  /** Greater than zero; no upper bound in the API. */
  learning_rate_multiplier: { exclusiveMin: 0 },
  /** DPO only: greater than zero, at most 2. */
  beta: { exclusiveMin: 0, max: 2 },
} as const;

export const SUFFIX_MAX_LENGTH = 64;
export const SEED_MAX = 2147483647;

/** A sweep launches at most this many jobs at once. */
export const MAX_SWEEP_JOBS = 9;
