import { CliError, parseCliArgs, parseCliOptions, runSubcommand, stringOptions } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { commandLineScope, namedDataset } from "../command-line-scope";
import { datasetOfSnapshot } from "../../db/auth/dataset-owners";
import { launchFineTune, type LaunchTarget } from "../../services/fine-tunes/launch-fine-tune";
import { executeLaunch } from "../../services/fine-tunes/run-launch";
import { pollFineTune } from "../../services/fine-tunes/poll-fine-tunes";
import { getFineTune, listFineTunes } from "../../db/fine-tunes/read-fine-tunes";
import { fineTuneDetailJson, fineTuneJson } from "../../db/fine-tunes/fine-tune-json";
import { snapshotJson } from "../../db/snapshots/snapshot-json";
import { db } from "../../db/client";
import { isFinalStatus, FINE_TUNE_STATUS_LABELS, type FineTuneStatus } from "../../fine-tunes/fine-tune-vocabulary";
import { LaunchRequestSchema } from "../../validation/launch-request";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { applyBaseUrlFlag } from "../base-url-flag";

// `tuneset finetune launch|status|list`: the launcher and the job records the app uses.
// Launch waits only until the provider has created the job (files uploaded and
// processed), prints it, and leaves the watching to the server's poller; `status`
// asks the provider once more so it is current even when no server runs.

const LAUNCH =
  "tuneset finetune launch --dataset NAME|--snapshot ID [--status approved|all] [--validation 0.1] --model ID [--provider openai|azure|compatible] [--base-url URL] [--method supervised|dpo] [--epochs N|auto] [--batch-size N|auto] [--lr-multiplier X|auto] [--beta X|auto] [--suffix S] [--seed N] [--json]";
const USAGE = `${LAUNCH}\n       tuneset finetune status ID [--json]\n       tuneset finetune list [--json]`;

export async function finetuneCommand(args: string[]): Promise<number> {
  return runSubcommand(args, { launch, status, list }, USAGE);
}

async function launch(args: string[]): Promise<number> {
  const values = parseCliOptions(
    args,
    {
      ...stringOptions("dataset", "snapshot", "status", "validation"),
      ...stringOptions("provider", "base-url"),
      ...stringOptions("model", "method", "suffix", "seed"),
      ...stringOptions("epochs", "batch-size", "lr-multiplier", "beta"),
      json: { type: "boolean" },
    },
    LAUNCH,
  );
  if (!values.dataset === !values.snapshot) throw new CliError(`give --dataset NAME (snapshot it first) or --snapshot ID, not both\nUsage: ${LAUNCH}`, 2);
  const request = LaunchRequestSchema.parse({
    provider: values.provider,
    model: values.model,
    method: values.method,
    n_epochs: values.epochs,
    batch_size: values["batch-size"],
    learning_rate_multiplier: values["lr-multiplier"],
    beta: values.beta,
    suffix: values.suffix,
    seed: values.seed,
  });
  await applyBaseUrlFlag(request.provider, values["base-url"]);
  const target: LaunchTarget = values.snapshot
    ? { snapshotId: values.snapshot }
    : {
        datasetId: (await namedDataset(values.dataset!)).dataset.id,
        snapshot: SnapshotRequestSchema.parse({ status: values.status ?? "approved", validation: values.validation, seed: values.seed }),
      };
  const actor = await commandLineActor();
  const scope = commandLineScope("snapshotId" in target ? await datasetOfSnapshot(target.snapshotId) : target.datasetId);
  const { job, snapshot } = await launchFineTune(actor, scope, target, request);
  await executeLaunch(job.id);
  const row = await getFineTune(actor, job.id);
  if (values.json) {
    console.log(
      JSON.stringify({ job: { id: row.id, provider_job_id: row.providerJobId, status: row.status, error: row.error }, snapshot: snapshotJson(snapshot) }),
    );
  } else {
    console.log(
      `Snapshot #${snapshot.number} of ${snapshot.datasetName}: ${snapshot.trainRecords} training and ${snapshot.validationRecords} validation records.`,
    );
    if (row.providerJobId)
      console.log(
        `Created ${row.providerJobId} at ${row.providerHost} (Tuneset job ${row.id}); status ${row.status}. Follow it with: tuneset finetune status ${row.id}`,
      );
  }
  if (row.error && !row.providerJobId) {
    console.error(`${row.status === "refused" ? "Refused" : "Stopped"}: ${row.error.explanation}\nThe provider said: ${row.error.message}`);
    return 1;
  }
  return 0;
}

async function status(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { json: { type: "boolean" } }, "tuneset finetune status ID [--json]");
  const id = positionals[0];
  if (!id) throw new CliError("the job id is required\nUsage: tuneset finetune status ID [--json]", 2);
  const actor = await commandLineActor();
  const current = await db().fineTuneJob.findUnique({ where: { id } });
  if (current?.providerJobId && !isFinalStatus(current.status)) await pollFineTune(current);
  const job = await getFineTune(actor, id);
  if (values.json) {
    console.log(JSON.stringify(fineTuneDetailJson(job)));
    return 0;
  }
  console.log(
    `${job.id}  ${FINE_TUNE_STATUS_LABELS[job.status as FineTuneStatus] ?? job.status}  ${job.baseModel}  snapshot #${job.snapshot.number} of ${job.dataset.name}`,
  );
  if (job.providerJobId) console.log(`provider job: ${job.providerJobId} at ${job.providerHost}`);
  if (job.fineTunedModel) console.log(`fine-tuned model: ${job.fineTunedModel}`);
  if (job.trainedTokens !== null) console.log(`trained tokens: ${job.trainedTokens}`);
  if (job.error) console.log(`${job.error.explanation}\nThe provider said: ${job.error.message}`);
  for (const e of job.events.slice(-5)) console.log(`  ${e.createdAt.toISOString()}  ${e.message}`);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { json: { type: "boolean" } }, "tuneset finetune list [--json]");
  const jobs = await listFineTunes(await commandLineActor());
  if (values.json) {
    console.log(JSON.stringify({ data: jobs.map(fineTuneJson) }));
    return 0;
  }
  if (!jobs.length) console.log("No fine-tunes yet. Launch one: tuneset finetune launch --dataset NAME --model gpt-4o-mini-2024-07-18");
  for (const j of jobs) console.log([j.id, j.status.padEnd(16), j.baseModel, `${j.dataset.name}#${j.snapshot.number}`, j.fineTunedModel ?? ""].join("  "));
  return 0;
}
