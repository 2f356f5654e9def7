"use client";

import { useState, useTransition } from "react";
import { runBulkAction, undoBulkAction } from "@/lib/actions/bulk-actions";
import type { BulkAction, BulkSelection } from "@/lib/validation/bulk";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { BulkActionForm, BULK_CHOICES, type BulkChoice } from "./bulk-action-form";

// Bulk changes from the table: appears with a selection, offers to widen it to every
// conversation matching the filter, and after a change says what happened with an
// Undo. The server action revalidates the page, so the rows refresh on their own.
// It sticks below the site's header while the table scrolls, so ticking rows far down
// the page keeps the count and the actions in view.

type Props = {
  datasetId: string;
  selectedIds: number[];
  total: number;
  filter: ConversationFilter;
  labels: string[];
  clearSelection: () => void;
};

type Done = { text: string; operationId?: string; undone?: boolean; error?: boolean };

export function BulkBar({ datasetId, selectedIds, total, filter, labels, clearSelection }: Props) {
  const [allMatching, setAllMatching] = useState(false);
  const [choice, setChoice] = useState<Exclude<BulkChoice, "delete"> | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [pending, startTransition] = useTransition();
  const count = allMatching ? total : selectedIds.length;
  const selection: BulkSelection = allMatching ? { filter } : { ids: selectedIds };

  const apply = (action: BulkAction) =>
    startTransition(async () => {
      const r = await runBulkAction(datasetId, { selection, action });
      if (!r.ok) return setDone({ text: r.error, error: true });
      if ("preview" in r) return;
      const skipped = !r.skipped
        ? ""
        : r.skipped === 1
          ? " 1 invalid line was left as it is: fix it first."
          : ` ${formatCount(r.skipped)} invalid lines were left as they are: fix them first.`;
      setDone({ text: r.operation.summary + skipped, operationId: r.operation.count ? r.operation.id : undefined });
      setChoice(null);
      setAllMatching(false);
      clearSelection();
    });

  const undo = (operationId: string) =>
    startTransition(async () => {
      const r = await undoBulkAction({ datasetId, operationId });
      setDone(r.ok ? { text: r.message, undone: true } : { text: r.error, error: true });
    });

  return (
    <div className="sticky top-[3.25rem] z-10 space-y-2">
      {done ? (
        <div
          role={done.error ? "alert" : "status"}
          className={`flex flex-wrap items-center gap-2 rounded-md border px-3 py-2 text-sm ${done.error ? "border-red-200 bg-red-50 text-red-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
        >
          <span>{done.text}</span>
          {done.operationId && !done.undone ? (
            <Button size="sm" disabled={pending} onClick={() => undo(done.operationId!)}>
              Undo
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" className="ml-auto" onClick={() => setDone(null)} aria-label="Dismiss message">
            ×
          </Button>
        </div>
      ) : null}
      {count > 0 ? (
        <section aria-label="Bulk actions" className="space-y-2 rounded-lg border border-indigo-200 bg-indigo-50 p-2.5 shadow-md">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-indigo-950">{formatCount(count)} selected</span>
            {!allMatching && total > selectedIds.length ? (
              <Button size="sm" variant="ghost" onClick={() => setAllMatching(true)}>
                Select all {formatCount(total)} matching this filter
              </Button>
            ) : null}
            {allMatching ? <span className="text-xs text-indigo-900">every conversation matching the current filter</span> : null}
            <Button size="sm" variant="ghost" onClick={() => (setAllMatching(false), setChoice(null), clearSelection())}>
              Clear selection
            </Button>
          </div>
          <div role="toolbar" aria-label="Change the selected conversations" className="flex flex-wrap gap-1.5">
            {BULK_CHOICES.map((c) => (
              <Button
                key={c.value}
                size="sm"
                variant={c.value === "delete" ? "danger" : "secondary"}
                className="aria-pressed:border-indigo-400 aria-pressed:bg-indigo-100 aria-pressed:text-indigo-900"
                aria-pressed={c.value === "delete" ? undefined : choice === c.value}
                disabled={pending}
                onClick={() => (c.value === "delete" ? apply({ type: "delete" }) : setChoice(choice === c.value ? null : c.value))}
              >
                {c.label}
              </Button>
            ))}
          </div>
          {choice ? (
            <BulkActionForm
              key={choice}
              choice={choice}
              labels={labels}
              count={count}
              pending={pending}
              apply={apply}
              datasetId={datasetId}
              selection={selection}
            />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
