"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { createSnapshotAction } from "@/lib/actions/snapshot-actions";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { Toast } from "@/components/ui/toast";
import { AlertText } from "@/components/ui/message-text";

// One click from the dataset page exports: the approved set (or the current filter) is
// frozen as a snapshot, as it is, the record of what was exported, and its training
// file downloads at once. A toast links to the snapshot. Asked again with nothing
// changed, the same snapshot downloads again instead of a copy being made, and the
// toast says so. Splits and system-prompt options are on the Snapshots page's form.

type Props = {
  datasetId: string;
  label: string;
  variant: ButtonVariant;
  request: Record<string, string>;
  title: string;
};

type Done = { snapshotId: string; number: number; records: number; reused: boolean };

/** Starts the browser's download of a snapshot's training file without leaving the page (the answer is an attachment). */
function download(snapshotId: string) {
  const a = document.createElement("a");
  a.href = `/api/v1/snapshots/${encodeURIComponent(snapshotId)}/files/train`;
  a.download = "";
  document.body.append(a);
  a.click();
  a.remove();
}

export function SnapshotButton({ datasetId, label, variant, request, title }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  return (
    <>
      <Button
        variant={variant}
        disabled={pending}
        title={title}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            setDone(null);
            const r = await createSnapshotAction(datasetId, request);
            if (!r.ok) return setError(r.error);
            download(r.snapshotId);
            setDone(r);
          })
        }
      >
        {pending ? "Exporting…" : label}
      </Button>
      <AlertText text={error} className="basis-full text-xs text-red-700" />
      {done ? <ExportToast done={done} onDismiss={() => setDone(null)} /> : null}
    </>
  );
}

function ExportToast({ done, onDismiss }: { done: Done; onDismiss: () => void }) {
  const link = (
    <Link href={`/snapshots/${done.snapshotId}`} className="font-medium text-sky-800 underline">
      Open snapshot #{done.number}
    </Link>
  );
  if (done.reused)
    return (
      <Toast title={`Downloading snapshot #${done.number} again`} onDismiss={onDismiss}>
        Nothing changed since it was made (the same {plural(done.records, "record")}, the same options), so it was reused instead of copied. {link}
      </Toast>
    );
  return (
    <Toast title={`Exported as snapshot #${done.number}`} onDismiss={onDismiss}>
      train.jsonl ({plural(done.records, "record")}) is downloading; the snapshot keeps what was exported. {link}
    </Toast>
  );
}
