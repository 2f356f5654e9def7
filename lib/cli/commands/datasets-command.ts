import { CliError, parseCliArgs, parseCliOptions, runSubcommand } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { listDatasets } from "../../db/datasets/list-datasets";
import { namedDataset } from "../command-line-scope";
import { editDataset } from "../../db/datasets/edit-dataset";
import { listDeletedDatasets, restoreDataset, trashDataset } from "../../db/datasets/dataset-trash";
import { DatasetEditSchema, DatasetNameSchema, DatasetRestoreSchema } from "../../validation/dataset";
import { STATUSES } from "../../validation/statuses";

// `tuneset datasets`: the list with counts by status, and a dataset's name, description
// and life (rename, describe, delete into the trash of datasets, restore), parsed by the
// same schemas as the settings page and PATCH /api/v1/datasets/{id}.

const USAGE = `tuneset datasets [--json]
tuneset datasets rename NAME NEW_NAME
tuneset datasets describe NAME TEXT
tuneset datasets delete NAME
tuneset datasets trash [--json]
tuneset datasets restore NAME|ID [--as NEW_NAME]`;

export async function datasetsCommand(args: string[]): Promise<number> {
  if (!args.length || args[0].startsWith("-")) return list(args);
  return runSubcommand(args, { rename, describe, delete: remove, trash, restore }, USAGE);
}

/** The one positional NAME (and a second value) a subcommand takes. */
function positionals(args: string[], count: 1 | 2, options: Parameters<typeof parseCliArgs>[1] = {}) {
  const parsed = parseCliArgs(args, options, USAGE);
  if (parsed.positionals.length !== count)
    throw new CliError(`expected ${count === 1 ? "a dataset's name" : "a dataset's name and a value"}\nUsage: ${USAGE}`, 2);
  return parsed;
}

async function rename(args: string[]): Promise<number> {
  const [name, to] = positionals(args, 2).positionals;
  const { dataset, scope } = await namedDataset(DatasetNameSchema.parse(name));
  const renamed = await editDataset(scope, DatasetEditSchema.parse({ name: to }), await commandLineActor());
  console.log(`Renamed ${dataset.name} to ${renamed.name}.`);
  return 0;
}

async function describe(args: string[]): Promise<number> {
  const [name, text] = positionals(args, 2).positionals;
  const { dataset, scope } = await namedDataset(DatasetNameSchema.parse(name));
  await editDataset(scope, DatasetEditSchema.parse({ description: text }), await commandLineActor());
  console.log(`Changed the description of ${dataset.name}.`);
  return 0;
}

async function remove(args: string[]): Promise<number> {
  const [name] = positionals(args, 1).positionals;
  const { scope } = await namedDataset(DatasetNameSchema.parse(name));
  const deleted = await trashDataset(scope, await commandLineActor());
  console.log(`Deleted ${deleted.name}. It stays in the trash until ${deleted.purgeAt.toISOString()}: tuneset datasets restore ${deleted.id}`);
  return 0;
}

async function trash(args: string[]): Promise<number> {
  const values = parseCliOptions(args, { json: { type: "boolean" } }, USAGE);
  const rows = await listDeletedDatasets(await commandLineActor());
  if (values.json) {
    console.log(JSON.stringify({ datasets: rows.map((d) => ({ id: d.id, name: d.name, deleted_at: d.deletedAt, purge_at: d.purgeAt, records: d.records })) }));
    return 0;
  }
  if (!rows.length) console.log("The trash of datasets is empty.");
  for (const d of rows) console.log(`${d.id}  ${d.name}  ${d.records} records  deleted ${d.deletedAt.toISOString()}  purged ${d.purgeAt.toISOString()}`);
  return 0;
}

async function restore(args: string[]): Promise<number> {
  const {
    positionals: [which],
    values,
  } = positionals(args, 1, { as: { type: "string" } });
  const actor = await commandLineActor();
  // By id, or by name: the most recently deleted of that name.
  const found = (await listDeletedDatasets(actor)).find((d) => d.id === which || d.name === which);
  if (!found) throw new CliError(`no deleted dataset is named or numbered "${which}"; see tuneset datasets trash`);
  const restored = await restoreDataset(found.id, DatasetRestoreSchema.parse({ name: values.as }), actor);
  console.log(`Restored ${restored.name}.`);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const values = parseCliOptions(args, { json: { type: "boolean" } }, USAGE);
  const datasets = await listDatasets(await commandLineActor());
  if (values.json) {
    console.log(
      JSON.stringify({
        datasets: datasets.map((d) => ({
          id: d.id,
          name: d.name,
          target_model: d.targetModel,
          total: d.total,
          invalid: d.invalid,
          counts: d.counts,
        })),
      }),
    );
    return 0;
  }
  if (!datasets.length) {
    console.log("No datasets yet. Import one: tuneset import FILE --dataset NAME");
    return 0;
  }
  const header = ["name", "total", ...STATUSES, "invalid"];
  const rows = datasets.map((d) => [d.name, d.total, ...STATUSES.map((s) => d.counts[s]), d.invalid].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  "));
  return 0;
}
