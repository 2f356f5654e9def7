"use client";

import { useState, useTransition } from "react";
import { undoBulkAction } from "@/lib/actions/bulk-actions";
import { Button } from "@/components/ui/button";

// Undo of one recent bulk change; says what the undo did, including records left alone
// because someone edited them after the change.
export function UndoBulkButton({ datasetId, operationId, summary }: { datasetId: string; operationId: string; summary: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  if (message)
    return (
      <span role={message.error ? "alert" : "status"} className={message.error ? "text-red-700" : "text-emerald-700"}>
        {message.text}
      </span>
    );
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={pending}
      aria-label={`Undo: ${summary}`}
      onClick={() =>
        startTransition(async () => {
          const r = await undoBulkAction({ datasetId, operationId });
          setMessage(r.ok ? { text: r.message, error: false } : { text: r.error, error: true });
        })
      }
    >
      Undo
    </Button>
  );
}
