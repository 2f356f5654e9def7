"use client";

import { useRouter } from "next/navigation";
import { restoreRevision } from "@/lib/actions/restore-revision";
import { Button } from "@/components/ui/button";
import { useActionCall } from "@/components/ui/use-action-call";
import { AlertText } from "@/components/ui/message-text";

// "Restore" on an earlier version: it becomes the newest version, so this too can be undone.
export function RestoreButton({ id, version, restore }: { id: number; version: number; restore: number }) {
  const router = useRouter();
  const { pending, error, call } = useActionCall();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Restore version ${restore}`}
        disabled={pending}
        onClick={() =>
          call(
            () => restoreRevision({ id, version, restore }),
            () => router.refresh(),
          )
        }
      >
        {pending ? "Restoring…" : "Restore"}
      </Button>
      <AlertText text={error} className="text-xs text-red-700" />
    </span>
  );
}
