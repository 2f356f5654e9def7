"use client";

import { useState, useTransition } from "react";
import { resolveExactDuplicates } from "@/lib/actions/dedup-actions";
import { Button } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { ResolutionNotice } from "./resolution-notice";

// Exact copies need no judgement: resolve every unresolved exact cluster at once, each
// keeping its suggested member. One bulk change, so one undo puts them all back.

type Props = { datasetId: string; runId: string; clusters: number; records: number };

export function ResolveExactForm({ datasetId, runId, clusters, records }: Props) {
  const [merge, setMerge] = useState(false);
  const [result, setResult] = useState<{ ok: true; summary: string } | { ok: false; error: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const resolve = () =>
    startTransition(async () => {
      const r = await resolveExactDuplicates(datasetId, { runId, mergeLabels: merge });
      setResult(r.ok ? { ok: true, summary: r.operation.summary } : { ok: false, error: r.error });
    });

  return (
    <div className="space-y-2">
      {clusters ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2">
          <Button variant="primary" size="sm" disabled={pending} onClick={resolve}>
            {pending ? "Resolving…" : "Resolve all exact duplicates"}
          </Button>
          <label className="inline-flex items-center gap-1.5 text-sm text-zinc-700">
            <input type="checkbox" checked={merge} onChange={(e) => setMerge(e.target.checked)} className="size-4 accent-indigo-600" />
            Merge labels onto the keeper
          </label>
          <span className="text-xs text-zinc-500">
            {plural(clusters, "exact cluster")} ({plural(records, "record")}); each keeps its suggested record.
          </span>
        </div>
      ) : null}
      <ResolutionNotice datasetId={datasetId} title={result?.ok ? result.summary : null} result={result && !result.ok ? result : null} />
    </div>
  );
}
