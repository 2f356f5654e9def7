"use client";

import { useActionState } from "react";
import { createDatasetAction } from "@/lib/actions/create-dataset";
import type { CreateDatasetResult } from "@/lib/actions/create-dataset";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses, SelectOptions } from "@/components/ui/field";
import type { ModelOption } from "./model-options";
import { DatasetNameFields } from "./dataset-name-fields";

// Creates a dataset and lands on it. Errors from the shared zod schema (and the
// duplicate-name refusal) appear under the field they are about.
export function NewDatasetForm({ models, defaultModel }: { models: ModelOption[]; defaultModel: string }) {
  const [result, action, pending] = useActionState<CreateDatasetResult | null, FormData>(createDatasetAction, null);
  // Success redirects to the new dataset, so only a failure ever comes back.
  const state = result && !result.ok ? result : null;
  const errors = state?.fieldErrors ?? {};
  const values = state?.values;
  const formError = state && !Object.keys(errors).length ? state.error : null;

  return (
    <form action={action} aria-label="New dataset" className="space-y-3" noValidate>
      <DatasetNameFields idPrefix="dataset" values={values} errors={errors} namePlaceholder="Support bot" />
      <div>
        <label htmlFor="dataset-target-model" className="block text-xs font-medium text-zinc-700">
          Target model
        </label>
        <select
          id="dataset-target-model"
          name="targetModel"
          defaultValue={values?.targetModel || defaultModel}
          aria-invalid={errors.targetModel ? true : undefined}
          aria-describedby={errors.targetModel ? "dataset-target-model-error" : "dataset-target-model-hint"}
          className={inputClasses("mt-1 w-full")}
        >
          <SelectOptions options={models.map((m) => ({ value: m.id, label: m.label }))} />
        </select>
        <p id="dataset-target-model-hint" className="mt-1 text-xs text-zinc-500">
          Decides how tokens are counted and the per-example limit. You can change it later.
        </p>
        <FieldError id="dataset-target-model-error" messages={errors.targetModel} />
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create dataset"}
      </Button>
    </form>
  );
}
