"use client";

import Link from "next/link";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { plural } from "@/components/ui/format";

// A run's clusters, largest first: one row each, opened with a click anywhere on it
// (the preview is the link, stretched over the row).

export type ClusterListItem = {
  id: number;
  kind: "exact" | "near";
  similarity: string;
  /** Why a near cluster reads 1.00 (lib/dedup/format-similarity.ts); exact ones say it in their kind's badge. */
  note: string | null;
  size: number;
  live: number;
  resolved: boolean;
  preview: string;
};

const column = dataColumns<ClusterListItem & { datasetId: string }>();

const columns = [
  column.accessor("id", {
    header: "Cluster",
    cell: ({ getValue }) => `#${getValue()}`,
    meta: { headerClassName: "w-20", cellClassName: "tabular-nums text-zinc-700" },
  }),
  column.accessor("kind", { header: "Kind", cell: ({ getValue }) => <KindBadge kind={getValue()} />, meta: { headerClassName: "w-20" } }),
  column.accessor("similarity", {
    header: "Similarity",
    cell: ({ row: { original: c } }) =>
      c.kind === "near" && c.note ? (
        <span title={c.note} className="underline decoration-zinc-400 decoration-dotted underline-offset-2">
          {c.similarity}
          <span className="sr-only"> ({c.note})</span>
        </span>
      ) : (
        c.similarity
      ),
    meta: { headerClassName: "w-24 text-right", cellClassName: "text-right tabular-nums" },
  }),
  column.display({
    id: "size",
    header: "Size",
    cell: ({ row: { original: c } }) => <span title={c.live < c.size ? `${c.size - c.live} in the trash` : undefined}>{plural(c.size, "record")}</span>,
    meta: { headerClassName: "w-24 text-right", cellClassName: "whitespace-nowrap text-right tabular-nums" },
  }),
  column.accessor("resolved", {
    header: "State",
    cell: ({ getValue }) => (getValue() ? <Badge tone="green">Resolved</Badge> : <Badge tone="amber">Unresolved</Badge>),
    meta: { headerClassName: "w-28" },
  }),
  column.display({
    id: "preview",
    header: "First record",
    cell: ({ row: { original: c } }) => (
      <Link
        href={`/datasets/${c.datasetId}/duplicates/${c.id}`}
        aria-label={`Cluster #${c.id}: ${c.preview || "(no user message)"}`}
        className="line-clamp-2 break-words text-zinc-900 after:absolute after:inset-0 hover:underline"
      >
        {c.preview || "(no user message)"}
      </Link>
    ),
    meta: { cellClassName: "max-w-0" },
  }),
];

export function ClusterList({ datasetId, clusters, empty }: { datasetId: string; clusters: ClusterListItem[]; empty: string }) {
  if (!clusters.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <DataTable
      columns={columns}
      data={clusters.map((c) => ({ ...c, datasetId }))}
      getRowId={(c) => String(c.id)}
      caption="Duplicate clusters"
      rowClassName="relative align-top hover:bg-zinc-50"
    />
  );
}

export function KindBadge({ kind }: { kind: string }) {
  return kind === "exact" ? (
    <Badge tone="indigo" title="The same conversation: identical after normalising case and spacing">
      exact
    </Badge>
  ) : (
    <Badge tone="blue" title="Nearly the same words, at or above the run's threshold">
      near
    </Badge>
  );
}
