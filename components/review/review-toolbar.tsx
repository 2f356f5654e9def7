"use client";

import { Button } from "@/components/ui/button";
import type { ReviewCommand } from "./shortcuts";

// The buttons of review mode, for the mouse, each naming its key. The decision the
// record already has is shown pressed.

const DECISIONS: { command: ReviewCommand; status: string; label: string; key: string; variant: "success" | "danger" | "secondary" }[] = [
  { command: "approve", status: "approved", label: "Approve", key: "a", variant: "success" },
  { command: "reject", status: "rejected", label: "Reject", key: "r", variant: "danger" },
  { command: "needs_changes", status: "needs_changes", label: "Needs changes", key: "n", variant: "secondary" },
];

type Props = {
  status: string;
  canApprove: boolean;
  canEdit: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  run: (c: ReviewCommand) => void;
};

export function ReviewToolbar({ status, canApprove, canEdit, hasPrevious, hasNext, busy, run }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <Button size="sm" variant="ghost" title="k" disabled={!hasPrevious} onClick={() => run("previous")}>
        ← Previous
      </Button>
      <Button size="sm" variant="ghost" title="j" disabled={!hasNext} onClick={() => run("next")}>
        Next →
      </Button>
      <span aria-hidden className="mx-1 h-5 w-px bg-zinc-300" />
      <div role="group" aria-label="Review decision" className="flex gap-1.5">
        {DECISIONS.map((d) => (
          <Button
            key={d.command}
            size="sm"
            variant={d.variant}
            aria-pressed={status === d.status}
            aria-keyshortcuts={d.key}
            title={d.command === "approve" && !canApprove ? "Fix this line's errors before approving it" : `${d.label} (${d.key})`}
            disabled={busy || (d.command === "approve" && !canApprove)}
            className={status === d.status ? "ring-2 ring-zinc-900/70 ring-offset-1" : ""}
            onClick={() => run(d.command)}
          >
            {d.label}
          </Button>
        ))}
      </div>
      <span aria-hidden className="mx-1 h-5 w-px bg-zinc-300" />
      <Button size="sm" variant="secondary" aria-keyshortcuts="e" title="e" disabled={!canEdit} onClick={() => run("edit")}>
        Edit
      </Button>
      <Button size="sm" variant="secondary" aria-keyshortcuts="l" title="l" onClick={() => run("label")}>
        Label
      </Button>
      <Button size="sm" variant="ghost" aria-keyshortcuts="?" onClick={() => run("help")}>
        Keyboard shortcuts
      </Button>
    </div>
  );
}
