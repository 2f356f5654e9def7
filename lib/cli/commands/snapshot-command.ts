import { CliError, booleanOptions, parseCliOptions, stringOptions } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { namedDataset } from "../command-line-scope";
import { createSnapshot } from "../../services/snapshots/create-snapshot";
import { SnapshotRequestSchema } from "../../validation/snapshot-request";
import { DatasetNameSchema } from "../../validation/dataset";
import { SYSTEM_PROMPT_MODE_LABELS } from "../../snapshots/bake-system-prompt";

const USAGE = `tuneset snapshot --dataset NAME [--status approved|pending|rejected|needs_changes|all] [--validation 0.1] [--seed N]
       [--system-prompt keep|drop|replace [--replacement TEXT]] [--allow-errors] [--json]`;

/**
 * Freezes the dataset's records (the approved set by default) as a numbered snapshot
 * under the data directory, as "Export" does in the app. --json prints its manifest;
 * otherwise a short summary with the files' paths and SHA-256.
 */
export async function snapshotCommand(args: string[]): Promise<number> {
  const values = parseCliOptions(
    args,
    {
      ...stringOptions("dataset", "status", "validation", "seed", "system-prompt", "replacement"),
      ...booleanOptions("allow-errors", "json"),
    },
    USAGE,
  );
  if (!values.dataset) throw new CliError(`--dataset NAME is required\nUsage: ${USAGE}`, 2);
  const request = SnapshotRequestSchema.parse({
    status: values.status,
    validation: values.validation,
    seed: values.seed,
    systemPrompt: values["system-prompt"],
    replacement: values.replacement,
    allowErrors: values["allow-errors"] || undefined,
  });
  const { dataset, scope } = await namedDataset(DatasetNameSchema.parse(values.dataset));
  const s = await createSnapshot(await commandLineActor(), scope, request);
  if (values.json) {
    console.log(JSON.stringify(s.manifest, null, 2));
    return 0;
  }
  const n = (x: number) => x.toLocaleString("en-US");
  const m = s.manifest;
  console.log(`Snapshot #${s.number} of ${dataset.name}: ${n(s.records)} ${s.kind} record${s.records === 1 ? "" : "s"}`);
  if (s.reused) console.log("  reused: it already holds exactly these records with these options, so no copy was made");
  if (m.split) {
    const grouping = m.split.groupedBy.kind === "clusters" ? "near-duplicate clusters kept whole" : "not grouped: de-duplication has not run";
    console.log(`  split ${n(m.split.train)} training / ${n(m.split.validation)} validation, seed ${m.split.seed}, stratified by label, ${grouping}`);
  }
  if (m.systemPrompt.mode !== "keep") {
    console.log(
      `  system prompt ${SYSTEM_PROMPT_MODE_LABELS[m.systemPrompt.mode].toLowerCase()}: ${m.systemPrompt.tokensSavedPerRequest} prompt tokens saved per request (${m.systemPrompt.percentCut}% of the prompt)`,
    );
  }
  for (const f of [s.files.train, s.files.validation]) if (f) console.log(`  ${f.path}  ${n(f.records)} records, ${n(f.bytes)} bytes, sha256 ${f.sha256}`);
  console.log(`  ${s.manifestFile.path}`);
  for (const o of m.preflight.overriddenErrors) process.stderr.write(`warning: written despite: ${o}\n`);
  for (const w of m.preflight.warnings) process.stderr.write(`warning: ${w}\n`);
  return 0;
}
