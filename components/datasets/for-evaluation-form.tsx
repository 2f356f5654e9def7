"use client";

import { useActionState } from "react";
import { setForEvaluationAction } from "@/lib/actions/set-for-evaluation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

// Whether this dataset is a held-out set that evaluations may ask models about.
export function ForEvaluationForm({ datasetId, forEvaluation }: { datasetId: string; forEvaluation: boolean }) {
  const [state, action, pending] = useActionState(setForEvaluationAction, null);
  const current = state?.ok ? state.forEvaluation : forEvaluation;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="datasetId" value={datasetId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="forEvaluation" defaultChecked={current} key={String(current)} className="h-4 w-4" />
        Held out for evaluation: models are measured on it, never trained on it
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? (
        <Notice tone="success">
          {state.forEvaluation ? "Saved: evaluations can now use this dataset." : "Saved: this dataset is no longer offered for evaluation."}
        </Notice>
      ) : null}
    </form>
  );
}
