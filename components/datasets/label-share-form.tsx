"use client";

import { useActionState } from "react";
import { setLabelShareLimitAction } from "@/lib/actions/set-label-share-limit";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

// The threshold of the unbalanced_labels warning, as a percentage of the approved set.
export function LabelShareForm({ datasetId, percent }: { datasetId: string; percent: number }) {
  const [state, action, pending] = useActionState(setLabelShareLimitAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors?.percent : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="datasetId" value={datasetId} />
      <label htmlFor="label-share-percent" className="block text-xs font-medium text-zinc-700">
        Warn when one label is on more than
      </label>
      <div className="flex items-center gap-2">
        <input
          id="label-share-percent"
          name="percent"
          type="number"
          min={1}
          max={100}
          step={1}
          defaultValue={state?.ok ? state.percent : percent}
          aria-invalid={fieldErrors ? true : undefined}
          aria-describedby={fieldErrors ? "label-share-error" : undefined}
          className={inputClasses("w-24")}
        />
        <span className="text-sm text-zinc-600">% of the examples</span>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FieldError id="label-share-error" messages={fieldErrors} />
      {state && !state.ok && !fieldErrors ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? <Notice tone="success">Saved: the warning now fires above {state.percent}%.</Notice> : null}
    </form>
  );
}
