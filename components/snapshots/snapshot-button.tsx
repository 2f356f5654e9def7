"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createSnapshotAction } from "@/lib/actions/snapshot-actions";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";

// One click from the dataset page: freeze the approved set (or the current filter) as
// a snapshot, as it is, and open it, where its files wait to be downloaded. Splits and
// system-prompt options are on the Snapshots page's form.

type Props = {
  datasetId: string;
  label: string;
  variant: ButtonVariant;
  request: Record<string, string>;
  title: string;
  /** Added to the snapshot page's address, e.g. "?launch=1" to open the launch dialog on it. */
  then?: string;
};

export function SnapshotButton({ datasetId, label, variant, request, title, then = "" }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant={variant}
        disabled={pending}
        title={title}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const r = await createSnapshotAction(datasetId, request);
            if (r.ok) router.push(`/snapshots/${r.snapshotId}${then}`);
            else setError(r.error);
          })
        }
      >
        {pending ? "Making snapshot…" : label}
      </Button>
      {error ? (
        <span role="alert" className="basis-full text-xs text-red-700">
          <MessageText text={error} />
        </span>
      ) : null}
    </>
  );
}
