import { createReadStream } from "node:fs";
import { toFile, type OpenAI } from "openai";
import type { FineTuningJob } from "openai/resources/fine-tuning/jobs/jobs";
import { db } from "../../db/client";
import { getSnapshot, type SnapshotDetail } from "../../db/snapshots/get-snapshot";
import { resolveProvider } from "../../db/providers/provider-settings";
import { providerClient } from "../../providers/provider-client";
import type { ProviderConfig } from "../../providers/provider-config";
import { explainProviderError, type ProviderErrorExplanation } from "../../providers/fine-tune-refusal";
import { buildJobCreateParams } from "../../fine-tunes/job-params";
import { matchesOurJob } from "../../fine-tunes/idempotency";
import { LaunchRequestSchema } from "../../validation/launch-request";
import type { ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import { jobFields, recordRefusal, recordStop, scheduleAfterError, type JobRow } from "../../db/fine-tunes/job-updates";
import { verifySnapshotFile } from "../snapshots/snapshot-file";
import { isAppError } from "../../errors";
import { env } from "../../env";
import { systemScope } from "../../db/scope";

// The launch itself, after its row exists: upload the snapshot's files (purpose
// fine-tune), wait until the provider has processed them, and create the job. Each
// step is written to the row as it completes, so running this again (a retry, the
// poller after a restart) carries on from there: files are never uploaded twice, and
// before creating a job it asks the provider whether an earlier attempt already did.

// On globalThis: Next gives route handlers and server actions each their own copy of
// this module, and a launch started from one must be seen by the poller in the other.
const shared = globalThis as unknown as { tunesetLaunching?: Set<string> };
const launching = (shared.tunesetLaunching ??= new Set<string>());

/** Whether this process is launching the job now (the poller leaves it alone). */
export const isLaunching = (jobId: string) => launching.has(jobId);

/**
 * While a launch runs, its row is not due: the poller of another process (or of this
 * one after a restart) takes the launch over only once this lease has passed.
 */
export const LAUNCH_LEASE_MS = 5 * 60_000;

/** How often and how long to wait for uploaded files to be processed. */
const FILE_WAIT = { everyMs: env().TUNESET_FILE_POLL_MS, maxMs: 30 * 60_000 };

export type LaunchOptions = { client?: OpenAI };

/** Runs or resumes the launch of one job; records the outcome on the row and never throws. */
export async function executeLaunch(jobId: string, o: LaunchOptions = {}): Promise<void> {
  if (launching.has(jobId)) return;
  launching.add(jobId);
  try {
    const job = await db().fineTuneJob.findUnique({ where: { id: jobId } });
    if (!job || job.providerJobId || (job.status !== "uploading" && job.status !== "creating")) return;
    await db().fineTuneJob.update({ where: { id: jobId }, data: { nextPollAt: new Date(Date.now() + LAUNCH_LEASE_MS) } });
    let config: ProviderConfig | undefined;
    try {
      config = await resolveProvider(job.provider as ProviderKind);
      const client = o.client ?? providerClient(config, { maxRetries: 2 });
      const snapshot = await getSnapshot(systemScope(job.datasetId, "the launch of a job its creator was allowed to start"), job.snapshotId);
      const files = await uploadFiles(client, job, snapshot);
      await waitUntilProcessed(
        client,
        [files.training, files.validation].filter((f): f is string => !!f),
      );
      // Cancelled while the files went up: create nothing.
      const moved = await db().fineTuneJob.updateMany({ where: { id: jobId, status: { in: ["uploading", "creating"] } }, data: { status: "creating" } });
      if (moved.count === 0) return;
      const created = (await findEarlierJob(client, job, files.training)) ?? (await client.fineTuning.jobs.create(buildParams(job, snapshot, files)));
      await db().fineTuneJob.update({
        where: { id: jobId },
        data: { ...jobFields(created), providerJobId: created.id, error: null, pollFailures: 0, nextPollAt: new Date() },
      });
    } catch (e) {
      // Tuneset's own objection (no provider configured, a snapshot file changed on disk): waiting will not fix it.
      if (isAppError(e)) return await recordStop(job, e);
      const explanation = e instanceof FileRejected ? fileRejection(e) : explainProviderError(e, config);
      if (explanation.refusal) await recordRefusal(job, explanation);
      else await scheduleAfterError(job, explanation);
    }
  } finally {
    launching.delete(jobId);
  }
}

async function uploadFiles(client: OpenAI, job: JobRow, snapshot: SnapshotDetail) {
  let training = job.trainingFileId;
  let validation = job.validationFileId;
  const base = `${slug(snapshot.datasetName)}-snapshot-${snapshot.number}`;
  // Exactly the bytes the manifest describes, or nothing: a file changed on disk is refused before upload.
  if (!training) {
    await verifySnapshotFile(snapshot, "train");
    training = (await client.files.create({ file: await toFile(createReadStream(snapshot.files.train.path), `${base}-train.jsonl`), purpose: "fine-tune" })).id;
    await db().fineTuneJob.update({ where: { id: job.id }, data: { trainingFileId: training } });
  }
  if (!validation && snapshot.files.validation) {
    await verifySnapshotFile(snapshot, "validation");
    validation = (
      await client.files.create({ file: await toFile(createReadStream(snapshot.files.validation.path), `${base}-validation.jsonl`), purpose: "fine-tune" })
    ).id;
    await db().fineTuneJob.update({ where: { id: job.id }, data: { validationFileId: validation } });
  }
  return { training, validation };
}

/** A file the provider could not read is a refusal in its own words, like a 400. */
export class FileRejected extends Error {
  constructor(
    readonly fileId: string,
    readonly details: string,
  ) {
    super(`The provider could not process file ${fileId}: ${details}`);
  }
}

function fileRejection(e: FileRejected): ProviderErrorExplanation {
  return {
    status: null,
    code: "file_rejected",
    param: "training_file",
    type: null,
    message: e.details,
    explanation: `The provider could not process the uploaded file ${e.fileId}. Its message is below; fix the records it names, make a new snapshot and launch again.`,
    refusal: true,
    retryable: false,
    retryAfterMs: null,
  };
}

async function waitUntilProcessed(client: OpenAI, ids: string[]) {
  const deadline = Date.now() + FILE_WAIT.maxMs;
  for (const id of ids) {
    for (;;) {
      const file = await client.files.retrieve(id);
      if (file.status === "processed") break;
      if (file.status === "error" || (file.status as string) === "failed" || (file.status as string) === "deleted") {
        throw new FileRejected(id, file.status_details ?? `its status is ${file.status}`);
      }
      if (Date.now() > deadline) throw new FileRejected(id, "it was still not processed after 30 minutes; retry the launch later");
      await new Promise((r) => setTimeout(r, FILE_WAIT.everyMs));
    }
  }
}

/** The job an earlier attempt created and never heard back about (a timeout, a restart), if any. */
async function findEarlierJob(client: OpenAI, job: JobRow, trainingFileId: string): Promise<FineTuningJob | null> {
  const ours = { idempotencyKey: job.idempotencyKey, trainingFileId };
  // Only ask when an attempt may have reached the provider: the first attempt goes straight to create.
  if (job.status !== "creating" && !job.error) return null;
  // Azure's list takes no metadata filter; elsewhere it narrows the answer to our own job.
  const filter = job.provider === "azure" ? {} : { metadata: { tuneset_idempotency_key: job.idempotencyKey } };
  const page = await client.fineTuning.jobs.list({ limit: 100, ...filter });
  return page.data.find((j) => matchesOurJob(j, ours)) ?? null;
}

function buildParams(job: JobRow, snapshot: SnapshotDetail, files: { training: string; validation: string | null }) {
  const request = LaunchRequestSchema.parse({
    provider: job.provider,
    model: job.baseModel,
    method: job.method,
    ...JSON.parse(job.hyperparameters),
    suffix: job.suffix ?? undefined,
    seed: job.seed ?? undefined,
  });
  return buildJobCreateParams({
    request,
    provider: job.provider as ProviderKind,
    trainingFileId: files.training,
    validationFileId: files.validation,
    idempotencyKey: job.idempotencyKey,
    refs: { datasetId: snapshot.datasetId, snapshotId: snapshot.id, snapshotNumber: snapshot.number, jobId: job.id },
  });
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "dataset";

export type { ProviderErrorExplanation };
