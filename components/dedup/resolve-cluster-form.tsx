"use client";

import { useState, useTransition } from "react";
import { resolveCluster } from "@/lib/actions/dedup-actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

// Resolves one cluster with the keeper picked in the columns (their radios belong to
// this form). Success is told once, by the page it refreshes ("Resolved: #12 was kept",
// with the way to undo it); the form speaks only when the resolution was refused.

export function ResolveClusterForm({ formId, datasetId, clusterId, resolved }: { formId: string; datasetId: string; clusterId: number; resolved: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <form
        id={formId}
        className="flex flex-wrap items-center gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          startTransition(async () => {
            const r = await resolveCluster(datasetId, {
              clusterId,
              keeperId: form.get("keeperId") ?? undefined,
              mergeLabels: form.get("mergeLabels") === "on",
            });
            setError(r.ok ? null : r.error);
          });
        }}
      >
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Resolving…" : resolved ? "Resolve again with this keeper" : "Resolve cluster"}
        </Button>
        <label className="inline-flex items-center gap-1.5 text-sm text-zinc-700">
          <input type="checkbox" name="mergeLabels" className="size-4 accent-indigo-600" />
          Merge labels onto the keeper
        </label>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
