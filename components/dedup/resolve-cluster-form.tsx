"use client";

import { useState, useTransition } from "react";
import { resolveCluster } from "@/lib/actions/dedup-actions";
import { Button } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { ResolutionNotice } from "./resolution-notice";

// Resolves one cluster with the keeper picked in the columns (their radios belong to
// this form). The change is a bulk change: the message says how to undo it.

type Result = { ok: true; marked: number; keeperId: number } | { ok: false; error: string };

export function ResolveClusterForm({ formId, datasetId, clusterId, resolved }: { formId: string; datasetId: string; clusterId: number; resolved: boolean }) {
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <form
        id={formId}
        className="flex flex-wrap items-center gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const keeperId = Number(form.get("keeperId"));
          startTransition(async () => {
            const r = await resolveCluster(datasetId, {
              clusterId,
              keeperId: form.get("keeperId") ?? undefined,
              mergeLabels: form.get("mergeLabels") === "on",
            });
            setResult(r.ok ? { ok: true, marked: r.marked, keeperId } : { ok: false, error: r.error });
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
      <ResolutionNotice
        datasetId={datasetId}
        title={result?.ok ? `Marked ${plural(result.marked, "record")} as duplicate${result.marked === 1 ? "" : "s"} of #${result.keeperId}.` : null}
        result={result && !result.ok ? result : null}
      />
    </div>
  );
}
