import { ORGANIZATION, type Job, type JobStore } from "./fine-tuning-jobs";
import type { RunCheckpoint, RunEvent } from "./fine-tuning-run";
import { parseJobRequest } from "./fine-tuning-request";
import { InvalidRequest } from "./openai-errors";
import { listWithEnds, queryPage } from "./pagination";
import { json, type Middleware, type Router, type StandInRequest } from "./router";

// The fine-tuning endpoints as the spec describes them (FineTuningJob,
// FineTuningJobEvent, FineTuningJobCheckpoint and their list responses), mounted under
// a prefix (/v1 for OpenAI, /openai for Azure).

const seconds = (ms: number) => Math.floor(ms / 1000);

/** The spec's FineTuningJob, as the job stands now. */
export function jobObject(jobs: JobStore, job: Job) {
  const state = jobs.state(job);
  const training = job.plan.outcome.kind === "train" ? job.plan.outcome.training : null;
  const succeeded = state.status === "succeeded" && training !== null;
  // "auto" stays "auto" until the files are validated, then shows the numbers chosen.
  const hyperparameters = state.validated && training ? { ...training.hyperparameters } : { ...job.request.method.hyperparameters };
  const type = job.request.method.type;
  return {
    object: "fine_tuning.job" as const,
    id: job.id,
    model: job.model,
    created_at: seconds(job.plan.createdMs),
    finished_at: state.finishedMs === null ? null : seconds(state.finishedMs),
    fine_tuned_model: succeeded ? training.fineTunedModel : null,
    organization_id: ORGANIZATION.id,
    result_files: succeeded && job.resultFileId ? [job.resultFileId] : [],
    status: state.status,
    validation_file: job.request.validation_file,
    training_file: job.request.training_file,
    // Only supervised jobs report the top-level (deprecated) field, as the spec says; DPO jobs give null.
    hyperparameters: type === "supervised" ? hyperparameters : null,
    trained_tokens: succeeded ? training.tokens * training.hyperparameters.n_epochs : null,
    error: state.error,
    seed: job.plan.seed,
    estimated_finish: state.estimatedFinishMs === null ? null : seconds(state.estimatedFinishMs),
    integrations: job.request.integrations ?? [],
    method: { type, [type]: { hyperparameters } },
    metadata: job.request.metadata,
    user_provided_suffix: job.request.suffix,
  };
}

const eventObject = (e: RunEvent) => ({
  object: "fine_tuning.job.event" as const,
  id: e.id,
  created_at: seconds(e.atMs),
  level: e.level,
  message: e.message,
  type: e.type,
  data: e.data,
});

const checkpointObject = (jobId: string, c: RunCheckpoint) => ({
  object: "fine_tuning.job.checkpoint" as const,
  id: c.id,
  created_at: seconds(c.atMs),
  fine_tuned_model_checkpoint: c.model,
  fine_tuning_job_id: jobId,
  metrics: c.metrics,
  step_number: c.step,
});

/** `metadata[key]=value` pairs to match, `metadata=null` for jobs without metadata, or no filter. */
export function metadataFilter(query: URLSearchParams): ((m: Record<string, string> | null) => boolean) | null {
  const none = query.get("metadata");
  if (none === "null" || none === "") return (m) => m === null || Object.keys(m).length === 0;
  const pairs = [...query.entries()].flatMap(([k, v]) => {
    const key = /^metadata\[(.+)\]$/.exec(k)?.[1];
    return key === undefined ? [] : [[key, v] as const];
  });
  return pairs.length === 0 ? null : (m) => m !== null && pairs.every(([k, v]) => m[k] === v);
}

export const noSuchJob = (id: string) => new InvalidRequest(`No such fine-tuning job: ${id}`, "id", null, 404);

export function addFineTuningRoutes(router: Router, prefix: string, guard: Middleware[], jobs: JobStore) {
  const found = (req: StandInRequest) => {
    const job = jobs.get(req.params.id);
    if (!job) throw noSuchJob(req.params.id);
    return job;
  };
  const base = `${prefix}/fine_tuning/jobs`;
  router
    .add("POST", base, (req) => json(200, jobObject(jobs, jobs.create(parseJobRequest(req.json())))), guard)
    .add(
      "GET",
      base,
      (req) => {
        const filter = metadataFilter(req.query);
        const listed = jobs.all().filter((j) => !filter || filter(j.request.metadata));
        const page = queryPage(listed, req.query, 20, 100);
        return json(200, { object: "list", data: page.data.map((j) => jobObject(jobs, j)), has_more: page.has_more });
      },
      guard,
    )
    .add("GET", `${base}/:id`, (req) => json(200, jobObject(jobs, found(req))), guard)
    .add(
      "POST",
      `${base}/:id/cancel`,
      (req) => {
        const job = found(req);
        jobs.cancel(job);
        return json(200, jobObject(jobs, job));
      },
      guard,
    )
    .add(
      "GET",
      `${base}/:id/events`,
      (req) => {
        const job = found(req);
        const newestFirst = jobs.state(job).events.map(eventObject).reverse();
        const page = queryPage(newestFirst, req.query, 20, 100);
        return json(200, { object: "list", data: page.data, has_more: page.has_more });
      },
      guard,
    )
    .add(
      "GET",
      `${base}/:id/checkpoints`,
      (req) => {
        const job = found(req);
        const newestFirst = jobs
          .state(job)
          .checkpoints.map((c) => checkpointObject(job.id, c))
          .reverse();
        const page = queryPage(newestFirst, req.query, 10, 100);
        return json(200, listWithEnds(page));
      },
      guard,
    );
}
