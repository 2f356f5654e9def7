"use client";

import { DataTable, dataColumns } from "@/components/ui/data-table";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { RestoreDatasetForm } from "./restore-dataset-form";

// The trash of datasets as a table: what each held, who deleted it and when, when it is
// purged, and its Restore (asking for a new name when a live dataset has taken its own).

type DeletedDataset = {
  id: string;
  name: string;
  description: string;
  deletedAt: Date;
  purgeAt: Date;
  deletedBy: string | null;
  records: number;
  nameTaken: boolean;
};

const column = dataColumns<DeletedDataset>();

const columns = [
  column.record(
    "dataset",
    "Dataset",
    (d) => (
      <>
        <span className="font-medium text-zinc-900">{d.name}</span>
        {d.description ? <span className="block truncate text-xs text-zinc-600">{d.description}</span> : null}
      </>
    ),
    { cellClassName: "max-w-[18rem] text-left font-normal", rowHeader: true },
  ),
  column.record("records", "Conversations", (d) => formatCount(d.records), { headerClassName: "text-right", cellClassName: "text-right tabular-nums" }),
  column.record(
    "deleted",
    "Deleted",
    (d) => (
      <>
        <RelativeTime value={d.deletedAt} />
        {d.deletedBy ? <span className="block text-xs text-zinc-600">by {d.deletedBy}</span> : null}
      </>
    ),
    { cellClassName: "whitespace-nowrap text-zinc-700" },
  ),
  column.record("purge", "Purged on", (d) => formatDateTime(d.purgeAt), { cellClassName: "whitespace-nowrap text-xs text-zinc-600" }),
];

export function DeletedDatasetsTable({ rows }: { rows: DeletedDataset[] }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(d) => d.id}
      caption="Deleted datasets"
      headerClassName="whitespace-nowrap"
      rowClassName="align-top"
      empty="The trash is empty: no dataset was deleted in the last 30 days."
      rowActions={{ cell: (d) => <RestoreDatasetForm dataset={d} />, cellClassName: "w-[19rem]" }}
    />
  );
}
