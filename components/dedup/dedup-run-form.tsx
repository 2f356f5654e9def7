"use client";

import { useState, useTransition } from "react";
import { startDedup } from "@/lib/actions/dedup-actions";
import type { ActionResult } from "@/lib/api/action-result";
import { Button } from "@/components/ui/button";
import { inputClasses, SelectOptions } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";

// Starts a de-duplication run, or a leakage check when another dataset is picked. The
// run is a background job: the page shows its progress as soon as the action returns.
// Scopes and defaults come from the page, since their module is server-side code.

type Field = "threshold" | "scope" | "against";
type Result = ActionResult<{ runId: string }, Field>;
type Props = {
  datasetId: string;
  scopes: { value: string; label: string }[];
  datasets: { id: string; name: string }[];
  defaults: { threshold: number; scope: string };
  running: boolean;
};

export function DedupRunForm({ datasetId, scopes, datasets, defaults, running }: Props) {
  const [state, setState] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  const [leakage, setLeakage] = useState(false);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok && !Object.keys(errors).length ? state.error : null;

  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        // Not a form action: those reset the fields, and a rejected threshold should stay in view beside its error.
        e.preventDefault();
        const input = Object.fromEntries(new FormData(e.currentTarget));
        startTransition(async () => setState((await startDedup(datasetId, input)) as Result));
      }}
    >
      <FormField
        id="dedup-threshold"
        name="threshold"
        label="Similarity threshold"
        errors={errors.threshold}
        hint="How alike two records must be: the share of their word sequences they have in common. 1 finds only the same words; 0.8 also finds rewordings."
      >
        {(attrs) => <input {...attrs} type="number" min={0.3} max={1} step={0.01} defaultValue={defaults.threshold} className={inputClasses("mt-1 w-28")} />}
      </FormField>
      <FormField
        id="dedup-scope"
        name="scope"
        label="Compare"
        errors={errors.scope}
        hint="Whole conversations find repeated examples; user turns, one question answered twice; assistant turns, one answer given to different questions."
      >
        {(attrs) => (
          <select {...attrs} defaultValue={defaults.scope} className={inputClasses("mt-1 w-full")}>
            <SelectOptions options={scopes} />
          </select>
        )}
      </FormField>
      <FormField
        id="dedup-against"
        name="against"
        label="Check for leakage against"
        errors={errors.against}
        hint="Pick a validation or test set to find its records that repeat this dataset's. Leakage is listed apart and not resolved here."
      >
        {(attrs) => (
          <select
            {...attrs}
            defaultValue=""
            disabled={!datasets.length}
            onChange={(e) => setLeakage(e.target.value !== "")}
            className={inputClasses("mt-1 w-full")}
          >
            <option value="">{datasets.length ? "None: this dataset alone" : "No other dataset yet"}</option>
            <SelectOptions options={datasets.map((d) => ({ value: d.id, label: d.name }))} />
          </select>
        )}
      </FormField>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Button type="submit" variant="primary" disabled={pending || running} title={running ? "A run is in progress; wait for it to finish" : undefined}>
        {pending ? "Starting…" : leakage ? "Check for leakage" : "Run de-duplication"}
      </Button>
    </form>
  );
}
