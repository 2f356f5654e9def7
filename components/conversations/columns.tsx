import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import type { ConversationRow } from "@/lib/validation/conversation-row";
import { Badge } from "@/components/ui/badge";
import { formatCount } from "@/components/ui/format";
import { LabelChip } from "@/components/ui/label-chip";
import { RelativeTime } from "@/components/ui/relative-time";
import { InvalidBadge, StatusBadge } from "@/components/ui/status-badge";
import { DataTableColumnHeader } from "./data-table-column-header";
import { tableFeatureSet } from "./table-features";
import { ClusterLink, DuplicateOfBadge, QualityBadges } from "./record-chips";
import { SearchSnippet } from "./search-snippet";

// Column definitions of the conversations table. The column ids are the server's sort
// keys, so a header click maps straight onto ?sort=.

const helper = createColumnHelper<typeof tableFeatureSet, ConversationRow>();

export function conversationHref(id: number, backQuery: string): string {
  return backQuery ? `/conversations/${id}?back=${encodeURIComponent(backQuery)}` : `/conversations/${id}`;
}

export const conversationColumns = helper.columns([
  // Selection for bulk changes; the header box selects the rows on this page.
  helper.display({
    id: "select",
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all conversations on this page"
        checked={table.getIsAllPageRowsSelected()}
        ref={(el) => {
          if (el) el.indeterminate = table.getIsSomePageRowsSelected();
        }}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
        className="size-4 accent-indigo-600"
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select conversation #${row.original.id}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
        className="mt-0.5 size-4 accent-indigo-600"
      />
    ),
    meta: { headerClassName: "w-8", cellClassName: "w-8" },
  }),
  helper.accessor("id", {
    id: "created",
    header: ({ column }) => <DataTableColumnHeader column={column} title="ID" />,
    cell: ({ row }) => (
      <div className="whitespace-nowrap tabular-nums">
        <span className="text-zinc-700">#{row.original.id}</span>
        {row.original.sourceLine !== null ? (
          <span className="block text-[11px] leading-4 text-zinc-500">line {formatCount(row.original.sourceLine)}</span>
        ) : null}
      </div>
    ),
    sortDescFirst: true,
    meta: { headerClassName: "w-24" },
  }),
  helper.accessor("preview", {
    header: "Conversation",
    enableSorting: false,
    cell: ({ row, table }) => {
      const r = row.original;
      const invalid = r.kind === "invalid";
      return (
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-1.5">
            {invalid ? <InvalidBadge /> : null}
            {r.kind === "preference" ? <Badge tone="violet">Preference</Badge> : null}
            {r.duplicateOfId !== null ? <DuplicateOfBadge id={r.duplicateOfId} /> : null}
          </div>
          <Link
            href={conversationHref(r.id, table.options.meta?.backQuery ?? "")}
            className={`mt-0.5 line-clamp-2 break-words hover:underline ${invalid ? "font-mono text-xs text-red-900" : "text-zinc-900"}`}
          >
            {r.preview || (invalid ? "(empty line)" : "(no user message)")}
          </Link>
          {r.snippet ? <SearchSnippet snippet={r.snippet} /> : null}
        </div>
      );
    },
    meta: { cellClassName: "max-w-0 w-full" },
  }),
  helper.accessor("turns", {
    header: ({ column }) => <DataTableColumnHeader column={column} title="Turns" align="end" />,
    cell: ({ row }) => (row.original.kind === "invalid" ? <Dash /> : formatCount(row.original.turns)),
    sortDescFirst: true,
    meta: { headerClassName: "text-right", cellClassName: "text-right tabular-nums" },
  }),
  helper.accessor("tokens", {
    header: ({ column }) => <DataTableColumnHeader column={column} title="Tokens" align="end" />,
    cell: ({ row }) => {
      const { tokens, kind } = row.original;
      if (kind === "invalid") return <Dash />;
      if (tokens === null) return <span className="text-xs italic text-zinc-500">counting…</span>;
      return formatCount(tokens);
    },
    sortDescFirst: true,
    meta: { headerClassName: "text-right", cellClassName: "text-right tabular-nums" },
  }),
  helper.accessor("labels", {
    header: "Labels",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.labels.length ? (
        <div className="flex flex-wrap gap-1">
          {row.original.labels.map((l) => (
            <LabelChip key={l.name} name={l.name} color={l.color} />
          ))}
        </div>
      ) : null,
    meta: { headerClassName: "w-40" },
  }),
  // The row's cluster in the latest de-duplication run, and for a resolved duplicate the record kept in its place.
  helper.display({
    id: "cluster",
    header: "Cluster",
    cell: ({ row, table }) => {
      const { cluster, status, keeperId } = row.original;
      const meta = table.options.meta;
      return (
        <div className="space-y-0.5 whitespace-nowrap text-xs">
          {cluster ? <ClusterLink datasetId={meta?.datasetId ?? ""} cluster={cluster} className="block" /> : null}
          {/* Text, not a link: each row has one link to a conversation, its own (the keeper is a click away on the record). */}
          {status === "duplicate" && keeperId !== null ? <span className="block text-zinc-500">duplicate of #{keeperId}</span> : null}
        </div>
      );
    },
    meta: { headerClassName: "w-28" },
  }),
  helper.display({
    id: "checks",
    header: "Checks",
    cell: ({ row, table }) => (
      <QualityBadges quality={row.original.quality} invalid={row.original.kind === "invalid"} showLanguage={table.options.meta?.showLanguage ?? false} />
    ),
    meta: { headerClassName: "w-36" },
  }),
  helper.accessor("status", {
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
    sortDescFirst: false,
    meta: { headerClassName: "w-32" },
  }),
  helper.accessor("updatedAt", {
    id: "updated",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Updated" align="end" />,
    cell: ({ row }) => <RelativeTime value={row.original.updatedAt} />,
    sortDescFirst: true,
    meta: { headerClassName: "w-32 text-right", cellClassName: "text-right text-zinc-500" },
  }),
]);

function Dash() {
  return (
    <span className="text-zinc-500" aria-label="not applicable">
      —
    </span>
  );
}
