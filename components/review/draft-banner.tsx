"use client";

import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";

// Tells the annotator that the editor opened on their unsaved draft (and whether a
// colleague has saved since it was started), with a way to throw it away.

type Props = { restoredAt?: string; basedOn?: number; current: number; storageProblem: string | null; onDiscard: () => void };

export function DraftBanner({ restoredAt, basedOn, current, storageProblem, onDiscard }: Props) {
  if (storageProblem) {
    return (
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {storageProblem}
      </p>
    );
  }
  if (!restoredAt) return null;
  const stale = basedOn !== undefined && basedOn < current;
  return (
    <div role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
      <span>
        Restored your unsaved draft from <RelativeTime value={restoredAt} />.
        {stale
          ? ` The conversation was saved again since this draft began (version ${basedOn} → ${current}): saving it will show you both versions first.`
          : ""}
      </span>
      <Button size="sm" variant="ghost" className="ml-auto" onClick={onDiscard}>
        Discard draft
      </Button>
    </div>
  );
}
