import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { CliError, parseCliArgs, parseCliOptions, runSubcommand, stringOptions } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { namedDataset } from "../command-line-scope";
import { createEvaluation } from "../../services/evals/create-evaluation";
import { cancelEvaluation } from "../../db/evals/eval-control";
import { runEvaluation, type RunProgress } from "../../services/evals/run-evaluation";
import { getEvaluation, listEvaluations } from "../../db/evals/read-evaluations";
import { evalJson, evalReportJson } from "../../evals/eval-json";
import { EvalRequestSchema } from "../../validation/eval-request";
import { applyBaseUrlFlag } from "../base-url-flag";
import { printReport } from "./eval-report-text";

// `tuneset eval run|report|list`. `run` prepares the evaluation and runs it in this
// process (holding its lease, so the server leaves it alone) until every call is made;
// Ctrl-C cancels it, and the app's Resume, or the server after a crash, goes on from
// where it stopped.

const RUN =
  "tuneset eval run --dataset NAME|--snapshot ID [--status approved|all] --model-a ID --model-b ID [--provider openai|azure|compatible] [--base-url URL] [--concurrency N] [--temperature T] [--max-tokens N] [--judge-model ID [--rubric-file FILE]] [--votes-per-pair N] [--training-dataset NAME] [--name TEXT] [--seed N] [--json]";
const USAGE = `${RUN}\n       tuneset eval report ID [--json]\n       tuneset eval list [--json]`;

export async function evalCommand(args: string[]): Promise<number> {
  return runSubcommand(args, { run, report, list }, USAGE);
}

async function run(args: string[]): Promise<number> {
  const values = parseCliOptions(
    args,
    {
      ...stringOptions("dataset", "snapshot", "status"),
      ...stringOptions("provider", "base-url"),
      ...stringOptions("model-a", "model-b", "temperature", "max-tokens", "concurrency"),
      ...stringOptions("judge-model", "rubric-file", "votes-per-pair"),
      ...stringOptions("training-dataset", "name", "seed"),
      json: { type: "boolean" },
    },
    RUN,
  );
  if (!values.dataset === !values.snapshot)
    throw new CliError(`give --dataset NAME (a dataset marked for evaluation) or --snapshot ID (its validation split), not both\nUsage: ${RUN}`, 2);
  if (values.status && values.snapshot) throw new CliError("--status applies to --dataset; a snapshot is evaluated on its validation split", 2);
  let rubric: string | undefined;
  if (values["rubric-file"]) {
    try {
      rubric = readFileSync(values["rubric-file"], "utf8");
    } catch (e) {
      throw new CliError(`cannot read --rubric-file ${values["rubric-file"]}: ${(e as Error).message}`);
    }
  }
  const source = values.snapshot
    ? { kind: "snapshot" as const, snapshotId: values.snapshot }
    : { kind: "dataset" as const, datasetId: (await namedDataset(values.dataset!)).dataset.id, filter: { status: values.status ?? "approved" } };
  const request = EvalRequestSchema.parse({
    name: values.name,
    source,
    provider: values.provider,
    modelA: values["model-a"],
    modelB: values["model-b"],
    temperature: values.temperature,
    maxTokens: values["max-tokens"],
    concurrency: values.concurrency,
    votesPerPair: values["votes-per-pair"],
    judgeModel: values["judge-model"],
    judgeRubric: rubric,
    seed: values.seed,
    trainingDatasetId: values["training-dataset"] ? (await namedDataset(values["training-dataset"])).dataset.id : undefined,
  });
  // This process's address for the provider; the server, should it take the run over, keeps to its own.
  await applyBaseUrlFlag(request.provider, values["base-url"]);
  const actor = await commandLineActor();
  const owner = `cli:${process.pid}:${randomUUID().slice(0, 8)}`;
  const created = await createEvaluation(actor, request, { leaseOwner: owner });
  if (!values.json) console.error(`Evaluation ${created.id}: ${created.examples} examples. Cancel with Ctrl-C; resume later from the app or the API.`);

  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    void cancelEvaluation(actor, created.id);
  };
  process.once("SIGINT", onInterrupt);
  let last = 0;
  const progress = (p: RunProgress) => {
    if (values.json || !process.stderr.isTTY || Date.now() - last < 500) return;
    last = Date.now();
    process.stderr.write(`\r${p.done + p.failed}/${p.total} calls (${p.failed} failed)   `);
  };
  const outcome = await runEvaluation(created.id, { owner, onProgress: progress });
  process.removeListener("SIGINT", onInterrupt);
  if (!values.json && process.stderr.isTTY) process.stderr.write("\n");
  const detail = await getEvaluation(actor, created.id);
  if (values.json) {
    const { eval: e, scores } = evalReportJson(detail);
    console.log(JSON.stringify({ eval: e, scores }));
  } else printReport(detail);
  if (interrupted) {
    console.error(`Cancelled. Resume it from /evals/${created.id}, or with POST /api/v1/evals/${created.id}/resume.`);
    return 130;
  }
  if (outcome === "busy") throw new CliError(`evaluation ${created.id} is already being run by another process`);
  if (detail.status === "failed") {
    console.error(`Stopped: ${detail.error?.explanation ?? "the provider refused the run"}`);
    return 1;
  }
  return 0;
}

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { json: { type: "boolean" } }, "tuneset eval report ID [--json]");
  const id = positionals[0];
  if (!id) throw new CliError("the evaluation id is required\nUsage: tuneset eval report ID [--json]", 2);
  const detail = await getEvaluation(await commandLineActor(), id);
  if (values.json) console.log(JSON.stringify(evalReportJson(detail)));
  else printReport(detail);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { json: { type: "boolean" } }, "tuneset eval list [--json]");
  const evals = await listEvaluations(await commandLineActor());
  if (values.json) {
    console.log(JSON.stringify({ data: evals.map(evalJson) }));
    return 0;
  }
  if (!evals.length) console.log("No evaluations yet. Start one: tuneset eval run --snapshot ID --model-a BASE --model-b FINE_TUNED");
  for (const e of evals) console.log([e.id, e.status.padEnd(9), `${e.modelA} vs ${e.modelB}`, `${e.examples} examples`, e.dataset.name].join("  "));
  return 0;
}
