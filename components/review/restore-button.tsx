"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRevision } from "@/lib/actions/restore-revision";
import { Button } from "@/components/ui/button";

// "Restore" on an earlier version: it becomes the newest version, so this too can be undone.
export function RestoreButton({ id, version, restore }: { id: number; version: number; restore: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Restore version ${restore}`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await restoreRevision({ id, version, restore });
            if (r.ok) router.refresh();
            else setError(r.error);
          })
        }
      >
        {pending ? "Restoring…" : "Restore"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
