import { createReadStream } from "node:fs";
import { access, constants, stat } from "node:fs/promises";
import { basename } from "node:path";
import { CliError, parseCliArgs } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { findOrCreateDataset } from "../../db/datasets/create-dataset";
import { importIntoDataset } from "../../import/import-into-dataset";
import { runBackgroundWorkUntilIdle } from "../../jobs/background-work";
import { DatasetNameSchema } from "../../validation/dataset";

const USAGE = "tuneset import FILE --dataset NAME [--json]";

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { dataset: { type: "string" }, json: { type: "boolean" } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`name one file to import\nUsage: ${USAGE}`, 2);
  if (!values.dataset) throw new CliError(`--dataset NAME is required\nUsage: ${USAGE}`, 2);
  const file = positionals[0];
  await readable(file);
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset(DatasetNameSchema.parse(values.dataset), actor);
  const summary = await importIntoDataset({
    dataset,
    fileName: basename(file),
    chunks: createReadStream(file, { highWaterMark: 1 << 20 }),
    actor,
    onProgress: values.json ? undefined : ({ lines }) => process.stderr.write(`\r${lines.toLocaleString("en")} lines read`),
  });
  if (!values.json) process.stderr.write("\rCounting tokens and indexing for search…\n");
  // The CLI finishes the follow-up work itself, so the database it leaves is complete.
  await runBackgroundWorkUntilIdle();
  if (values.json) {
    const { dataset: name, imported, invalid, duplicates, errors, lines, warnings, import_id } = summary;
    console.log(JSON.stringify({ dataset: name, imported, invalid, duplicates, errors, lines, warnings, import_id }));
  } else {
    console.log(
      `${summary.file} → ${summary.dataset}: ${summary.imported} imported, ${summary.invalid} invalid, ${summary.duplicates} exact duplicates (${summary.lines} lines)`,
    );
    for (const e of summary.errors.slice(0, 20)) console.log(`  line ${e.line}: ${e.message}`);
    if (summary.errors.length > 20) console.log(`  … ${summary.errors.length - 20} more; use --json for all of them`);
    for (const w of summary.warnings) console.log(`  note: ${w}`);
  }
  return 0;
}

async function readable(file: string) {
  try {
    await access(file, constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code}); check its permissions`);
  }
  if ((await stat(file)).isDirectory()) throw new CliError(`${file} is a directory; name a JSONL file`);
}
