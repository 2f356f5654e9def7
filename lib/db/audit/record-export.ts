import type { Actor } from "../../auth/actor";
import type { ExportRequest } from "../../validation/export-request";
import { STATUS_LABELS } from "../../validation/statuses";
import { recordAudit } from "./record-audit";

// An export takes data out of Tuneset, so who took which records is worth keeping even
// though nothing in the database changes. Recorded when the export starts: a reader
// who stops half-way has still received part of the set.

export function recordExport(
  actor: Actor,
  dataset: { id: string; name: string },
  request: ExportRequest,
  records: number,
  via: "http" | "command line",
  /** Pre-flight errors the request chose to export anyway. */
  overridden: string[] = [],
) {
  const which = request.status === "all" ? "" : `${STATUS_LABELS[request.status].toLowerCase()} `;
  const n = records.toLocaleString("en-US");
  recordDownload(
    actor,
    dataset,
    `Exported ${n} ${which}record${records === 1 ? "" : "s"} of ${dataset.name}${via === "command line" ? " from the command line" : ""}${overridden.length ? ", despite pre-flight errors" : ""}.`,
    { filter: request, records, via, ...(overridden.length ? { overridden } : {}) },
  );
}

/** The invalid lines of a dataset, downloaded as imported: data leaving Tuneset like an export. */
export function recordInvalidLinesDownload(actor: Actor, dataset: { id: string; name: string }, lines: number) {
  recordDownload(actor, dataset, `Downloaded the ${lines.toLocaleString("en-US")} invalid line${lines === 1 ? "" : "s"} of ${dataset.name}, as imported.`, {
    invalidLines: lines,
    via: "http",
  });
}

function recordDownload(actor: Actor, dataset: { id: string; name: string }, summary: string, detail: Record<string, unknown>) {
  recordAudit({ actor, action: "export.downloaded", datasetId: dataset.id, targetType: "dataset", targetId: dataset.id, summary, detail });
}
