import { CliError, parseCliOptions } from "../cli-error";
import { commandLineActor } from "../../db/actor";
import { commandLineScope, namedDataset } from "../command-line-scope";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { undoBulkOperation } from "../../db/bulk/undo-bulk-operation";
import { bulkOperationJson } from "../../db/bulk/list-bulk-operations";
import { datasetOfBulkOperation } from "../../db/auth/dataset-owners";
import { runBackgroundWorkUntilIdle } from "../../jobs/background-work";
import { BULK_OPTIONS, BULK_USAGE, bulkRequestFromFlags } from "./bulk-args";
import { BulkRequestSchema } from "../../validation/bulk";

// `tuneset bulk` and `tuneset undo`: the bulk changes of the dataset page, for leads
// who script them. Same request schema and the same function as the HTTP API.

export async function bulkCommand(args: string[]): Promise<number> {
  const values = parseCliOptions(args, BULK_OPTIONS, BULK_USAGE);
  if (!values.dataset) throw new CliError(`--dataset NAME is required\nUsage: ${BULK_USAGE}`, 2);
  const request = bulkRequestFromFlags(values);
  const { scope } = await namedDataset(values.dataset);
  const out = await applyBulkAction(scope, BulkRequestSchema.parse(request), await commandLineActor());
  if ("preview" in out) {
    const p = out.preview;
    if (values.json) console.log(JSON.stringify({ preview: p }));
    else {
      const found = request.action.type === "find_replace" ? ` (${p.occurrences} occurrences)` : "";
      console.log(`Dry run, nothing written: it would change ${p.records} of the ${p.selected} selected conversations${found}.`);
      for (const s of p.samples) console.log(`  #${s.id} ${s.path}: …${s.before}[${s.found} → ${s.replaced}]${s.after}…`);
      if (p.skipped) console.log(`${p.skipped} invalid lines would be left as they are (fix them first)`);
    }
    return 0;
  }
  await runBackgroundWorkUntilIdle();
  if (values.json) console.log(JSON.stringify({ operation: bulkOperationJson(out.operation), skipped: out.skipped }));
  else {
    console.log(out.operation.summary);
    if (out.skipped) console.log(`${out.skipped} invalid lines were left as they are (fix them first)`);
    if (out.operation.count) console.log(`Undo with: tuneset undo --operation ${out.operation.id}`);
  }
  return 0;
}

const UNDO_USAGE = "tuneset undo --operation ID [--json]";

export async function undoCommand(args: string[]): Promise<number> {
  const values = parseCliOptions(args, { operation: { type: "string" }, json: { type: "boolean" } }, UNDO_USAGE);
  if (!values.operation) throw new CliError(`--operation ID is required (tuneset bulk prints it)\nUsage: ${UNDO_USAGE}`, 2);
  const datasetId = await datasetOfBulkOperation(values.operation);
  const out = await undoBulkOperation(commandLineScope(datasetId), values.operation, await commandLineActor());
  await runBackgroundWorkUntilIdle();
  if (values.json) console.log(JSON.stringify({ operation: bulkOperationJson(out.operation), undone: out.undone, skipped: out.skipped }));
  else console.log(out.message);
  return 0;
}
