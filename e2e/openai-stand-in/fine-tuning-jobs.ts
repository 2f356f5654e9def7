import type { FileStore } from "./file-store";
import { baseModel, dataFormat, supportsDpo } from "./fine-tunable-models";
import { runAt, stepMetricsCsv, type JobError, type RunPlan, type RunState, type Training } from "./fine-tuning-run";
import type { JobRequest } from "./fine-tuning-request";
import { resolveHyperparameters } from "./hyperparameters";
import { randomId, stableId } from "./ids";
import { InvalidRequest } from "./openai-errors";
import type { Clock, Timing } from "./timing";
import { checkExamples, isProblem } from "./training-data";

// The account's fine-tuning jobs, in memory. Creating one checks what needs the
// account's state (the model is fine-tunable, the files exist, are for fine-tuning and
// processed), reads the files' examples once, and plans the run; every read then
// works the job's state out from the clock (fine-tuning-run.ts).

export const ORGANIZATION = { id: stableId("org-", "tuneset stand-in organization"), slug: "stand-in" };

export type Job = {
  id: string;
  request: JobRequest;
  /** As the job reports it: the base model's snapshot name, or the fine-tuned model it continues. */
  model: string;
  plan: RunPlan;
  resultFileId: string | null;
  /** The training file as it was when the job started: what the fine-tuned model answers from, even once the file is deleted. */
  trainingContent: Buffer;
};

const FINAL = ["succeeded", "failed", "cancelled"];

export class JobStore {
  private jobs = new Map<string, Job>();

  constructor(
    private readonly files: FileStore,
    private readonly now: Clock,
    private readonly timing: () => Timing,
  ) {}

  create(request: JobRequest): Job {
    const { model, base } = this.model(request.model);
    if (request.method.type === "dpo" && !supportsDpo(base)) {
      throw new InvalidRequest(
        `Model ${model} does not support the 'dpo' method. Use a gpt-4o or gpt-4.1 model, or the 'supervised' method.`,
        "method.type",
        "invalid_value",
      );
    }
    const trainingFile = this.usableFile(request.training_file, "training_file");
    const validation = request.validation_file === null ? null : this.usableFile(request.validation_file, "validation_file");
    const id = randomId("ftjob-", 24);
    const format = dataFormat(base, request.method.type);
    const trainingData = checkExamples(trainingFile.content, format, "training");
    const validationData = validation ? checkExamples(validation.content, format, "validation") : null;
    const seed = request.seed ?? Math.floor(Math.random() * 2_147_483_647);
    let outcome: RunPlan["outcome"];
    if (isProblem(trainingData)) outcome = { kind: "invalid", error: trainingData };
    else if (validationData && isProblem(validationData)) outcome = { kind: "invalid", error: validationData };
    else {
      const training: Training = {
        examples: trainingData.examples,
        tokens: trainingData.tokens,
        hyperparameters: resolveHyperparameters(request.method.hyperparameters, trainingData.examples),
        fineTunedModel: `ft:${base}:${ORGANIZATION.slug}:${request.suffix ?? ""}:${stableId("", `${id}:model`, 8)}`,
        hasValidation: validation !== null,
      };
      outcome = { kind: "train", training };
    }
    const job: Job = {
      id,
      request: { ...request, seed },
      model,
      plan: { jobId: id, createdMs: this.now(), seed, trainingFile: trainingFile.id, validationFile: validation?.id ?? null, timing: this.timing(), outcome },
      resultFileId: null,
      trainingContent: trainingFile.content,
    };
    this.jobs.set(id, job);
    return job;
  }

  /** A base model (by snapshot or short name), or a model this stand-in fine-tuned. */
  private model(name: string): { model: string; base: string } {
    const base = baseModel(name);
    if (base) return { model: base, base };
    const parent = [...this.jobs.values()].find((j) => j.plan.outcome.kind === "train" && j.plan.outcome.training.fineTunedModel === name);
    if (parent && this.state(parent).status === "succeeded") return { model: name, base: name.split(":")[1] };
    throw new InvalidRequest(`Model ${name} is not available for fine-tuning or does not exist.`, "model", "model_not_available");
  }

  private usableFile(id: string, param: "training_file" | "validation_file") {
    const code = `invalid_${param}`;
    const file = this.files.get(id);
    if (!file) throw new InvalidRequest(`invalid ${param}: ${id}. No such file exists.`, param, code);
    if (file.purpose !== "fine-tune") {
      throw new InvalidRequest(`File ${id} has purpose '${file.purpose}'; files for fine-tuning must be uploaded with purpose 'fine-tune'.`, param, code);
    }
    const status = this.files.status(file);
    if (status === "uploaded") throw new InvalidRequest(`File ${id} is not ready`, param, code);
    if (status === "error") throw new InvalidRequest(`File ${id} could not be processed: ${file.problem}`, param, code);
    return file;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Newest first, as the provider lists them. */
  all(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  clear() {
    this.jobs.clear();
  }

  /** Stops a job that has not ended; answers the provider's refusal for one that has. */
  cancel(job: Job) {
    const { status } = this.state(job);
    if (FINAL.includes(status))
      throw new InvalidRequest(`Cannot cancel job ${job.id}: it has already ${status === "cancelled" ? "been cancelled" : status}.`, null, null);
    job.plan.stop = { atMs: this.now(), kind: "cancelled" };
  }

  /** Makes a job that has not ended fail now; false when it had already ended. */
  fail(job: Job, error: JobError): boolean {
    if (FINAL.includes(this.state(job).status)) return false;
    job.plan.stop = { atMs: this.now(), kind: "failed", error };
    return true;
  }

  state(job: Job): RunState {
    const state = runAt(job.plan, this.now());
    // The results file appears with success, as on the provider (purpose fine-tune-results).
    if (state.status === "succeeded" && job.resultFileId === null) {
      const result = this.files.add({
        filename: "step_metrics.csv",
        purpose: "fine-tune-results",
        content: Buffer.from(stepMetricsCsv(job.plan)),
        createdMs: state.finishedMs ?? undefined,
      });
      job.resultFileId = result.id;
    }
    return state;
  }
}
