import { access, constants } from "node:fs/promises";
import { CliError, parseCliArgs, stringOptions } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { namedDataset } from "../command-line-scope";
import { createDedupRun, executeDedupRun } from "../../services/dedup/run-dedup";
import { latestRun } from "../../db/dedup/list-clusters";
import { dedupReportJson } from "../../db/dedup/dedup-json";
import { leakageAgainstFile } from "../../services/dedup/leakage-against-file";
import { DatasetNameSchema } from "../../validation/dataset";
import { SCOPE_LABELS, type DedupScope } from "../../dedup/scope";
import { DedupRequestSchema } from "../../validation/dedup";

const USAGE = `tuneset dedup --dataset NAME [--threshold 0.8] [--scope conversation|user|assistant]
       [--against DATASET | --against-file FILE] [--json]`;

/**
 * Runs de-duplication to its end in this process and reports every cluster (the run
 * is stored like one started in the app). --against compares with another dataset,
 * --against-file with a JSONL file that is never imported (leakage checks).
 */
export async function dedupCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    {
      ...stringOptions("dataset", "threshold", "scope", "against", "against-file"),
      json: { type: "boolean" },
    },
    USAGE,
  );
  if (positionals.length) throw new CliError(`unexpected argument ${positionals[0]}\nUsage: ${USAGE}`, 2);
  if (!values.dataset) throw new CliError(`--dataset NAME is required\nUsage: ${USAGE}`, 2);
  if (values.against && values["against-file"]) throw new CliError(`use --against or --against-file, not both\nUsage: ${USAGE}`, 2);
  const { dataset, scope } = await namedDataset(DatasetNameSchema.parse(values.dataset));
  const input = { threshold: values.threshold, scope: values.scope };

  if (values["against-file"]) {
    const path = values["against-file"];
    await access(path, constants.R_OK).catch(() => {
      throw new CliError(`cannot read ${path}; check the path and its permissions`);
    });
    const report = await leakageAgainstFile(scope, path, DedupRequestSchema.omit({ against: true }).parse(input));
    if (values.json) console.log(JSON.stringify(report));
    else {
      for (const e of report.file_errors) console.error(`${path}:${e.line}: ${e.message} (line left out of the check)`);
      console.log(
        `${dataset.name} against ${path}: ${report.clusters.length} leaking group${report.clusters.length === 1 ? "" : "s"} at threshold ${report.threshold} (${SCOPE_LABELS[report.scope as DedupScope].toLowerCase()})`,
      );
      for (const c of report.clusters.slice(0, 50)) {
        const mine = c.members.filter((m) => "id" in m).map((m) => ("id" in m ? `#${m.id} (line ${m.source_line ?? "?"})` : ""));
        const theirs = c.members.filter((m) => "file_line" in m).map((m) => ("file_line" in m ? `line ${m.file_line}` : ""));
        console.log(`  ${c.kind} ${c.similarity.toFixed(2)}: ${mine.join(", ")} ~ ${path} ${theirs.join(", ")}`);
      }
    }
    return 0;
  }

  const against = values.against ? (await namedDataset(DatasetNameSchema.parse(values.against))).dataset.id : undefined;
  const spec = await createDedupRun(scope, DedupRequestSchema.parse({ ...input, against }), await commandLineActor());
  const progress = values.json
    ? undefined
    : (n: number, total: number) => process.stderr.write(`\rSigned ${n.toLocaleString("en")} of ${total.toLocaleString("en")} records`);
  await executeDedupRun(spec, progress);
  if (!values.json) process.stderr.write("\n");
  const run = await latestRun(scope, against !== undefined);
  if (!run || run.id !== spec.runId) throw new CliError("the run's result was replaced by another run while it finished; run it again");
  if (run.status !== "done") throw new CliError(`de-duplication failed: ${run.failure ?? "unknown reason"}`);
  const report = dedupReportJson(scope, run);
  if (values.json) {
    console.log(JSON.stringify(report));
    return 0;
  }
  const exact = report.clusters.filter((c) => c.kind === "exact").length;
  console.log(
    `${run.total.toLocaleString("en")} records checked: ${report.clusters.length} cluster${report.clusters.length === 1 ? "" : "s"} (${exact} exact, ${report.clusters.length - exact} near) at threshold ${run.threshold}, ${SCOPE_LABELS[run.scope as DedupScope].toLowerCase()}`,
  );
  for (const c of report.clusters.slice(0, 50)) {
    console.log(`  ${c.kind} ${c.similarity.toFixed(2)}: ${c.members.map((m) => `#${m.id} (line ${m.source_line ?? "?"})`).join(", ")}`);
  }
  if (report.clusters.length > 50) console.log(`  … ${report.clusters.length - 50} more; use --json for all of them`);
  return 0;
}
