"use client";

import { useState, useTransition } from "react";
import { setConversationStatus } from "@/lib/actions/set-conversation-status";
import { STATUS_LABELS, type Decision } from "@/lib/validation/statuses";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { InlineError } from "./reload-button";

// The review decision. Each button sends the version on screen; if someone else saved
// in between, the server refuses and the reviewer is asked to reload first.

const ACTIONS: { status: Decision; label: string; variant: ButtonVariant; current: string }[] = [
  { status: "approved", label: "Approve", variant: "success", current: "border-emerald-600 bg-emerald-600 text-white" },
  { status: "rejected", label: "Reject", variant: "danger", current: "border-red-600 bg-red-600 text-white" },
  { status: "needs_changes", label: "Needs changes", variant: "secondary", current: "border-amber-500 bg-amber-500 text-white" },
  { status: "pending", label: "Reset to pending", variant: "ghost", current: "border-zinc-700 bg-zinc-700 text-white" },
];

type Props = { id: number; version: number; status: string; invalid: boolean };

export function StatusButtons({ id, version, status, invalid }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string; conflict?: boolean } | null>(null);

  const choose = (next: Decision) =>
    startTransition(async () => {
      setMessage(null);
      const result = await setConversationStatus({ id, version, status: next });
      if (result.ok) setMessage({ tone: "ok", text: `Marked ${STATUS_LABELS[next].toLowerCase()}.` });
      else setMessage({ tone: "error", text: result.error, conflict: result.code === "conflict" });
    });

  return (
    <div className="flex flex-col items-end gap-1.5">
      <div role="group" aria-label="Review decision" className="flex flex-wrap justify-end gap-1.5">
        {ACTIONS.map((a) => {
          const current = a.status === status;
          const blocked = invalid && a.status === "approved";
          return (
            <Button
              key={a.status}
              variant={current ? "plain" : a.variant}
              // The current decision stays in full colour: it is a state, not an unavailable action.
              className={current ? `${a.current} disabled:opacity-100` : ""}
              aria-pressed={current}
              disabled={pending || current || blocked}
              title={blocked ? "Fix this line's errors before approving it" : current ? `Already ${STATUS_LABELS[a.status].toLowerCase()}` : undefined}
              onClick={() => choose(a.status)}
            >
              {current ? <span aria-hidden>✓</span> : null}
              {a.label}
            </Button>
          );
        })}
      </div>
      <div aria-live="polite" className="min-h-4 text-xs">
        {pending ? <span className="text-zinc-500">Saving…</span> : null}
        {!pending && message?.tone === "ok" ? <span className="text-emerald-700">{message.text}</span> : null}
        {!pending && message?.tone === "error" ? (
          <InlineError className="text-red-700" text={message.text} conflict={message.conflict} onReload={() => setMessage(null)} />
        ) : null}
      </div>
    </div>
  );
}
