"use client";

import { useActionState } from "react";
import { createDatasetAction } from "@/lib/actions/create-dataset";
import type { CreateDatasetResult } from "@/lib/actions/create-dataset";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses, SelectOptions } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import type { ModelOption } from "./model-options";

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
      <FormField id="dataset-name" name="name" label="Name" errors={errors.name}>
        {(attrs) => <input {...attrs} required maxLength={100} defaultValue={values?.name} placeholder="Support bot" className={inputClasses("mt-1 w-full")} />}
      </FormField>
      <FormField
        id="dataset-description"
        name="description"
        label={
          <>
            Description <span className="font-normal text-zinc-500">(optional)</span>
          </>
        }
        errors={errors.description}
      >
        {(attrs) => (
          <textarea
            {...attrs}
            rows={2}
            maxLength={2000}
            defaultValue={values?.description}
            placeholder="What the model should learn from these conversations"
            className={inputClasses("mt-1 w-full", "multiline")}
          />
        )}
      </FormField>
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
