"use client";

import { useState, useTransition } from "react";
import { restoreFromTrash } from "@/lib/actions/bulk-actions";
import { Button } from "@/components/ui/button";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/table";
import { Toolbar } from "@/components/ui/toolbar";
import { formatDateTime } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { InvalidBadge, StatusBadge } from "@/components/ui/status-badge";

// The trash of one dataset: restore a conversation with its row's button, or several
// at once. A restore is a bulk change too, so it shows up (and can be undone) in the
// dataset's recent bulk changes.

type Row = { id: number; kind: string; status: string; preview: string; deletedAt: string; purgeAt: string };

const column = dataColumns<Row>();

type Selection = { picked: number; all: Row[]; selected: Set<number>; setSelected: (s: Set<number>) => void; toggle: (id: number, on: boolean) => void };

// Selection stays the component's own (a set of ids), not the table's: a restore clears it.
function trashColumns({ picked, all, selected, setSelected, toggle }: Selection) {
  return [
    column.display({
      id: "select",
      header: () => (
        <input
          type="checkbox"
          aria-label="Select all conversations in the trash"
          checked={picked === all.length}
          onChange={(e) => setSelected(e.target.checked ? new Set(all.map((r) => r.id)) : new Set())}
          className="size-4 accent-indigo-600"
        />
      ),
      cell: ({ row: { original: r } }) => (
        <input
          type="checkbox"
          aria-label={`Select conversation #${r.id}`}
          checked={selected.has(r.id)}
          onChange={(e) => toggle(r.id, e.target.checked)}
          className="mt-0.5 size-4 accent-indigo-600"
        />
      ),
      meta: { headerClassName: "w-8" },
    }),
    column.display({
      id: "conversation",
      header: "Conversation",
      cell: ({ row: { original: r } }) => (
        <>
          <span className="mr-2 text-xs tabular-nums text-zinc-500">#{r.id}</span>
          <span className={`line-clamp-2 break-words ${r.kind === "invalid" ? "font-mono text-xs text-red-900" : "text-zinc-900"}`}>
            {r.preview || "(no user message)"}
          </span>
        </>
      ),
      meta: { cellClassName: "max-w-0" },
    }),
    column.display({
      id: "status",
      header: "Status",
      cell: ({ row: { original: r } }) => (r.kind === "invalid" ? <InvalidBadge /> : <StatusBadge status={r.status} />),
      meta: { headerClassName: "w-32" },
    }),
    column.display({
      id: "deleted",
      header: "Deleted",
      cell: ({ row }) => <RelativeTime value={row.original.deletedAt} />,
      meta: { headerClassName: "w-36", cellClassName: "text-zinc-500" },
    }),
    column.display({
      id: "purge",
      header: "Purged on",
      cell: ({ row }) => formatDateTime(row.original.purgeAt),
      meta: { headerClassName: "w-44", cellClassName: "text-xs text-zinc-500" },
    }),
  ];
}

export function TrashTable({ datasetId, rows }: { datasetId: string; rows: Row[] }) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const live = new Set(rows.map((r) => r.id));
  const picked = [...selected].filter((id) => live.has(id));

  const restore = (ids: number[]) =>
    startTransition(async () => {
      const r = await restoreFromTrash({ datasetId, ids });
      if (!r.ok) return setMessage({ text: r.error, error: true });
      if ("operation" in r) setMessage({ text: r.operation.summary, error: false });
      setSelected(new Set());
    });
  const toggle = (id: number, on: boolean) => setSelected((s) => (on ? new Set(s).add(id) : new Set([...s].filter((x) => x !== id))));

  const columns = trashColumns({ picked: picked.length, all: rows, selected, setSelected, toggle });
  const status = message ? (
    <p role={message.error ? "alert" : "status"} className={`text-sm ${message.error ? "text-red-700" : "text-emerald-800"}`}>
      {message.text}
    </p>
  ) : null;

  if (!rows.length) {
    return (
      <div className="space-y-2">
        {status}
        <EmptyState>The trash is empty.</EmptyState>
      </div>
    );
  }
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(r) => String(r.id)}
      caption="Conversations in the trash"
      rowClassName="align-top hover:bg-zinc-50"
      toolbar={() => (
        <>
          {status}
          <Toolbar>
            <Button size="sm" disabled={!picked.length || pending} onClick={() => restore(picked)}>
              Restore selected{picked.length ? ` (${picked.length})` : ""}
            </Button>
          </Toolbar>
        </>
      )}
      rowActions={{
        headerClassName: "w-24",
        cellClassName: "text-right",
        cell: (r) => (
          <Button size="sm" disabled={pending} aria-label={`Restore conversation #${r.id}`} onClick={() => restore([r.id])}>
            Restore
          </Button>
        ),
      }}
    />
  );
}
