"use client";

import { useActionState } from "react";
import { editDatasetAction, type EditDatasetResult } from "@/lib/actions/dataset-actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DatasetNameFields } from "./dataset-name-fields";

// Rename and describe a dataset on its settings page. A refused name (taken, too long)
// shows under the field with what was typed kept; nothing the user typed is thrown away.
export function DatasetEditForm({ datasetId, name, description }: { datasetId: string; name: string; description: string }) {
  const [state, action, pending] = useActionState<EditDatasetResult | null, FormData>(editDatasetAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // After a failure the fields show what was sent; after a save, what is stored.
  const values = failed?.values ?? (state?.ok ? { name: state.name, description: state.description } : { name, description });
  return (
    <form action={action} aria-label="Name and description" className="space-y-3" noValidate>
      <input type="hidden" name="datasetId" value={datasetId} />
      <DatasetNameFields
        idPrefix="dataset-edit"
        values={values}
        errors={errors}
        keyed
        rows={3}
        hint="Shown under the name in the list of datasets and on the dataset's page."
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Save name and description"}
        </Button>
      </div>
      {failed && !Object.keys(errors).length ? <Notice tone="error">{failed.error}</Notice> : null}
      {state?.ok ? <Notice tone="success">Saved: the dataset is called {state.name}.</Notice> : null}
    </form>
  );
}
