"use client";

import { useState } from "react";
import { deleteDatasetAction } from "@/lib/actions/dataset-actions";
import { Button } from "@/components/ui/button";
import { useActionCall } from "@/components/ui/use-action-call";

// Deleting asks once, inline, saying what happens: the dataset leaves every list for
// the trash of datasets, where a lead or an admin can restore it for `days` days.
// On success the action lands on the list of datasets, which says where it went.
export function DeleteDatasetButton({ datasetId, name, days }: { datasetId: string; name: string; days: number }) {
  const [asking, setAsking] = useState(false);
  const { pending, error, call } = useActionCall();
  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)}>
        Delete dataset…
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Confirm deletion" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950">
      <p>
        Delete <span className="font-semibold">{name}</span>? It leaves the list and its pages at once, with everything in it, and stays in the trash of
        datasets for {days} days, where a lead or an admin can restore it. Then it is deleted for good.
      </p>
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            call(
              () => deleteDatasetAction(datasetId),
              () => {},
            )
          }
        >
          {pending ? "Deleting…" : `Delete ${name}`}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
