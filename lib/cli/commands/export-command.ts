import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { CliError, parseCliOptions } from "../cli-error";
import { namedDataset } from "../command-line-scope";
import { exportChunks, exportWarnings, prepareExport } from "../../db/conversations/export-conversations";
import { ExportRequestSchema } from "../../validation/export-request";
import { commandLineActor } from "../../db/actor";
import { recordExport } from "../../db/audit/record-export";

const USAGE = "tuneset export --dataset NAME [--status approved|pending|rejected|needs_changes|all] [--out FILE] [--allow-errors]";

export async function exportCommand(args: string[]): Promise<number> {
  const values = parseCliOptions(
    args,
    { dataset: { type: "string" }, status: { type: "string" }, out: { type: "string" }, "allow-errors": { type: "boolean" } },
    USAGE,
  );
  if (!values.dataset) throw new CliError(`--dataset NAME is required\nUsage: ${USAGE}`, 2);
  const { dataset, scope } = await namedDataset(values.dataset);
  const request = ExportRequestSchema.parse({ status: values.status, allowErrors: values["allow-errors"] || undefined });
  const { stats, overridden } = await prepareExport(scope, request);
  recordExport(await commandLineActor(), dataset, request, stats.records, "command line", overridden);
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  let closedEarly = false;
  // A reader that stops early (`| head`) is not an error: stop writing quietly.
  out.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closedEarly = true;
  });
  const chunks = exportChunks(scope, request);
  for (const chunk of chunks) {
    // Respect back-pressure so a slow pipe never makes the export buffer in memory.
    if (!out.write(chunk)) await Promise.race([once(out, "drain"), once(out, "close")]);
    if (closedEarly || out.destroyed) {
      chunks.return(undefined);
      return 0;
    }
  }
  if (values.out) {
    out.end();
    await once(out, "finish");
  }
  const where = values.out ? ` to ${values.out}` : "";
  process.stderr.write(`Exported ${stats.records} ${request.status === "all" ? "" : request.status + " "}records of ${dataset.name}${where}\n`);
  for (const o of overridden) process.stderr.write(`warning: exported despite: ${o}\n`);
  for (const w of exportWarnings(stats)) process.stderr.write(`warning: ${w}\n`);
  return 0;
}
