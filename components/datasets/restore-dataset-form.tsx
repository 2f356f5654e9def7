"use client";

import { useActionState } from "react";
import { restoreDatasetAction, type RestoreDatasetResult } from "@/lib/actions/dataset-actions";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { controlProps } from "@/components/ui/form-field";

// Restore one deleted dataset. When a live dataset has its name (known before, or found
// when restoring) the form asks for a new one, keeping what was typed if that is refused
// too. On success the action opens the restored dataset.
export function RestoreDatasetForm({ dataset }: { dataset: { id: string; name: string; nameTaken: boolean } }) {
  const [state, action, pending] = useActionState<RestoreDatasetResult | null, FormData>(restoreDatasetAction, null);
  const failed = state && !state.ok ? state : null;
  const nameErrors = failed?.fieldErrors?.name;
  const askName = dataset.nameTaken || Boolean(nameErrors);
  const id = `restore-name-${dataset.id}`;
  return (
    <form action={action} aria-label={`Restore ${dataset.name}`} className="space-y-1.5" noValidate>
      <input type="hidden" name="datasetId" value={dataset.id} />
      {askName ? (
        <div>
          {dataset.nameTaken && !nameErrors ? (
            <p id={`${id}-hint`} className="text-xs text-amber-800">
              Another dataset is named {dataset.name} now: restore this one under a new name.
            </p>
          ) : null}
          <label htmlFor={id} className="sr-only">
            New name for {dataset.name}
          </label>
          <input
            {...controlProps(id, { hint: dataset.nameTaken && !nameErrors, errors: nameErrors })}
            name="name"
            required
            maxLength={100}
            defaultValue={failed?.values?.name ?? `${dataset.name} (restored)`}
            className={inputClasses("mt-1 w-full", "sm")}
          />
          <FieldError id={`${id}-error`} messages={nameErrors} />
        </div>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Restoring…" : askName ? "Restore under this name" : "Restore"}
      </Button>
      {failed && !nameErrors ? (
        <p role="alert" className="text-xs text-red-700">
          {failed.error}
        </p>
      ) : null}
    </form>
  );
}
