import type { JobCreateParams } from "openai/resources/fine-tuning/jobs/jobs";
import type { DpoHyperparameters, SupervisedHyperparameters } from "openai/resources/fine-tuning/methods";
import type { LaunchRequest } from "../validation/launch-request";
import { IDEMPOTENCY_METADATA_KEY } from "./idempotency";
import type { ProviderKind } from "./fine-tune-vocabulary";

// The body of POST /fine_tuning/jobs for one launch, the same for every provider but
// for the two places they differ (metadata, Azure's model names).

export type JobRefs = { datasetId: string; snapshotId: string; snapshotNumber: number; jobId: string };

export type JobParamsInput = {
  request: LaunchRequest;
  provider: ProviderKind;
  trainingFileId: string;
  validationFileId: string | null;
  idempotencyKey: string;
  refs: JobRefs;
};

// The API's limits on metadata (CreateFineTuningJobRequest → Metadata).
const METADATA_MAX_KEYS = 16;
const METADATA_MAX_KEY_LENGTH = 64;
const METADATA_MAX_VALUE_LENGTH = 512;

export function buildJobCreateParams(input: JobParamsInput): JobCreateParams {
  const { request, provider } = input;
  const params: JobCreateParams = {
    model: modelForProvider(request.model, provider),
    training_file: input.trainingFileId,
    // Always under `method`: the top-level `hyperparameters` is deprecated and cannot say dpo.
    method:
      request.method === "dpo"
        ? { type: "dpo", dpo: { hyperparameters: dpoHyperparameters(request) } }
        : { type: "supervised", supervised: { hyperparameters: supervisedHyperparameters(request) } },
  };
  if (input.validationFileId) params.validation_file = input.validationFileId;
  if (request.suffix) params.suffix = request.suffix;
  if (request.seed !== undefined) params.seed = request.seed;
  // Azure's fine-tuning reference (api-version 2025-04-01-preview) lists model,
  // training_file, validation_file, hyperparameters, method, integrations, seed and
  // suffix for job creation, and no metadata; an unknown field risks a 400.
  // The launcher finds an Azure job by its training file id instead (matchesOurJob).
  if (provider !== "azure") params.metadata = jobMetadata(input);
  return params;
}

// Auto values are left out rather than sent as "auto": the provider then picks them
// from the data (epochs from the example count, batch size and learning rate from the
// set's size), exactly as "auto" would, and servers that only know numbers still accept the body.
function supervisedHyperparameters(r: LaunchRequest): SupervisedHyperparameters {
  const h: SupervisedHyperparameters = {};
  if (r.n_epochs !== "auto") h.n_epochs = r.n_epochs;
  if (r.batch_size !== "auto") h.batch_size = r.batch_size;
  if (r.learning_rate_multiplier !== "auto") h.learning_rate_multiplier = r.learning_rate_multiplier;
  return h;
}

function dpoHyperparameters(r: LaunchRequest): DpoHyperparameters {
  const h: DpoHyperparameters = supervisedHyperparameters(r);
  if (r.beta !== "auto") h.beta = r.beta;
  return h;
}

/** Azure names the 3.5 models without the dot ("gpt-35-turbo-0125"); the rest keep OpenAI's names. */
export function modelForProvider(model: string, provider: ProviderKind): string {
  return provider === "azure" ? model.replace(/^gpt-3\.5-/i, "gpt-35-") : model;
}

/** What lets a person, or the launcher's retry, tell which Tuneset job a provider's job is. */
export function jobMetadata(input: Pick<JobParamsInput, "idempotencyKey" | "refs">): Record<string, string> {
  const { refs } = input;
  const metadata: Record<string, string> = {
    [IDEMPOTENCY_METADATA_KEY]: input.idempotencyKey,
    tuneset_job: refs.jobId,
    tuneset_snapshot: refs.snapshotId,
    tuneset_snapshot_number: String(refs.snapshotNumber),
    tuneset_dataset: refs.datasetId,
  };
  // Our ids are short; a value past the limit means a caller bug, and truncating an id
  // would make a retry miss its job, so refuse instead.
  const entries = Object.entries(metadata);
  if (entries.length > METADATA_MAX_KEYS) throw new Error(`job metadata has ${entries.length} keys; the API allows ${METADATA_MAX_KEYS}`);
  for (const [key, value] of entries) {
    if (key.length > METADATA_MAX_KEY_LENGTH || value.length > METADATA_MAX_VALUE_LENGTH || value === "") {
      throw new Error(`job metadata ${key} must be 1 to ${METADATA_MAX_VALUE_LENGTH} characters (got ${value.length})`);
    }
  }
  return metadata;
}
