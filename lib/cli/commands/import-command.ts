import { createReadStream, openAsBlob } from "node:fs";
import { access, constants, stat } from "node:fs/promises";
import { basename } from "node:path";
import { CliError, parseCliArgs } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { findOrCreateDataset } from "../../db/datasets/create-dataset";
import { getDatasetByName } from "../../db/datasets/get-dataset";
import { commandLineScope } from "../command-line-scope";
import { interruptAbandonedImports } from "../../db/imports/interrupt-abandoned";
import { listResumableImports } from "../../db/imports/resume-import";
import { importIntoDataset } from "../../services/imports/import-into-dataset";
import { findInterruptedImport } from "../../imports/interrupted-file";
import { capFileName } from "../../imports/file-name";
import { importName } from "../../imports/import-name";
import { runBackgroundWorkUntilIdle } from "../../jobs/background-work";
import { DatasetNameSchema } from "../../validation/dataset";

const USAGE = "tuneset import FILE --dataset NAME [--resume] [--json]";

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { dataset: { type: "string" }, resume: { type: "boolean" }, json: { type: "boolean" } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`name one file to import\nUsage: ${USAGE}`, 2);
  if (!values.dataset) throw new CliError(`--dataset NAME is required\nUsage: ${USAGE}`, 2);
  const file = positionals[0];
  await readable(file);
  const actor = await commandLineActor();
  const name = DatasetNameSchema.parse(values.dataset);
  const dataset = values.resume ? await getDatasetByName(actor, name) : await findOrCreateDataset(name, actor);
  // An import this command (or a server) left behind when its process died is
  // interrupted now, so it can be resumed and its stored rows are indexed below.
  await interruptAbandonedImports();
  const resume = values.resume ? await resumableImportOf(file, dataset) : undefined;
  const summary = await importIntoDataset({
    dataset,
    fileName: capFileName(basename(file)),
    chunks: createReadStream(file, { highWaterMark: 1 << 20 }),
    actor,
    resume,
    onProgress: values.json ? undefined : ({ lines }) => process.stderr.write(`\r${lines.toLocaleString("en")} lines read`),
  });
  if (!values.json) process.stderr.write("\rCounting tokens and indexing for search…\n");
  // The CLI finishes the follow-up work itself, so the database it leaves is complete.
  await runBackgroundWorkUntilIdle();
  if (values.json) {
    const { dataset: name, imported, invalid, duplicates, errors, lines, warnings, import_id, resumed_after_line } = summary;
    console.log(JSON.stringify({ dataset: name, imported, invalid, duplicates, errors, lines, warnings, import_id, resumed_after_line }));
  } else {
    const resumed = summary.resumed_after_line === undefined ? "" : `, resumed after line ${summary.resumed_after_line}`;
    console.log(
      `${summary.file} → ${summary.dataset}: ${summary.imported} imported, ${summary.invalid} invalid, ${summary.duplicates} exact duplicates (${summary.lines} lines${resumed})`,
    );
    for (const e of summary.errors.slice(0, 20)) console.log(`  line ${e.line}: ${e.message}`);
    if (summary.errors.length > 20) console.log(`  … ${summary.errors.length - 20} more; use --json for all of them`);
    for (const w of summary.warnings) console.log(`  note: ${w}`);
  }
  return 0;
}

/**
 * The dataset's interrupted import of this file: the one whose stored part (its first
 * bytes, by SHA-256) the file begins with. Only that part is read to find it.
 */
async function resumableImportOf(file: string, dataset: { id: string; name: string }): Promise<string> {
  const candidates = await listResumableImports(commandLineScope(dataset.id));
  const found = await findInterruptedImport(await openAsBlob(file), candidates);
  if (found) return found.id;
  const names = candidates.map((c) => `${importName(c)}, stopped at line ${c.lines.toLocaleString("en")}`).join("; ");
  throw new CliError(
    `no interrupted import in ${dataset.name} was reading ${file}` +
      (names ? `: the ones there (${names}) stored other bytes` : "") +
      `. Import it without --resume to load it as a new import.`,
  );
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
