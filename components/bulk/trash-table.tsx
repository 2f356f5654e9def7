"use client";

import { useState, useTransition } from "react";
import { restoreFromTrash } from "@/lib/actions/bulk-actions";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { InvalidBadge, StatusBadge } from "@/components/ui/status-badge";

// The trash of one dataset: restore a conversation with its row's button, or several
// at once. A restore is a bulk change too, so it shows up (and can be undone) in the
// dataset's recent bulk changes.

type Row = { id: number; kind: string; status: string; preview: string; deletedAt: string; purgeAt: string };

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

  if (!rows.length) {
    return (
      <div className="space-y-2">
        {message ? <p role="status" className="text-sm text-emerald-800">{message.text}</p> : null}
        <p className="rounded-lg border border-zinc-200 bg-white px-3 py-10 text-center text-sm text-zinc-500">The trash is empty.</p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {message ? (
        <p role={message.error ? "alert" : "status"} className={`text-sm ${message.error ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <Button size="sm" disabled={!picked.length || pending} onClick={() => restore(picked)}>
          Restore selected{picked.length ? ` (${picked.length})` : ""}
        </Button>
      </div>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <caption className="sr-only">Conversations in the trash</caption>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select all conversations in the trash"
                  checked={picked.length === rows.length}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  className="size-4 accent-indigo-600"
                />
              </th>
              <th scope="col" className="px-3 py-2">Conversation</th>
              <th scope="col" className="w-32 px-3 py-2">Status</th>
              <th scope="col" className="w-36 px-3 py-2">Deleted</th>
              <th scope="col" className="w-44 px-3 py-2">Purged on</th>
              <th scope="col" className="w-24 px-3 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {rows.map((r) => (
              <tr key={r.id} className="hover:bg-zinc-50">
                <td className="px-3 py-2 align-top">
                  <input type="checkbox" aria-label={`Select conversation #${r.id}`} checked={selected.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} className="mt-0.5 size-4 accent-indigo-600" />
                </td>
                <td className="max-w-0 px-3 py-2 align-top">
                  <span className="mr-2 text-xs tabular-nums text-zinc-400">#{r.id}</span>
                  <span className={`line-clamp-2 break-words ${r.kind === "invalid" ? "font-mono text-xs text-red-900" : "text-zinc-900"}`}>{r.preview || "(no user message)"}</span>
                </td>
                <td className="px-3 py-2 align-top">{r.kind === "invalid" ? <InvalidBadge /> : <StatusBadge status={r.status} />}</td>
                <td className="px-3 py-2 align-top text-zinc-500"><RelativeTime value={r.deletedAt} /></td>
                <td className="px-3 py-2 align-top text-xs text-zinc-500">{formatDateTime(r.purgeAt)}</td>
                <td className="px-3 py-2 text-right align-top">
                  <Button size="sm" disabled={pending} aria-label={`Restore conversation #${r.id}`} onClick={() => restore([r.id])}>
                    Restore
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
