"use client";

import { useActionState } from "react";
import { setTargetModelAction } from "@/lib/actions/set-target-model";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { plural } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { ModelOption } from "./model-options";

type Props = { datasetId: string; current: string; models: ModelOption[] };

// Changing the model clears every token count (the encoding may differ) and the server
// recounts them in the background; the form says so before and after.
export function TargetModelForm({ datasetId, current, models }: Props) {
  const [state, action, pending] = useActionState(setTargetModelAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors?.targetModel : undefined;
  const known = models.some((m) => m.id === current);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="datasetId" value={datasetId} />
      <div>
        <label htmlFor="settings-target-model" className="block text-xs font-medium text-zinc-700">
          Target model
        </label>
        <select
          id="settings-target-model"
          name="targetModel"
          defaultValue={state?.ok ? state.targetModel : current}
          key={state?.ok ? state.targetModel : current}
          aria-invalid={fieldErrors ? true : undefined}
          aria-describedby={fieldErrors ? "settings-target-model-error" : "settings-target-model-hint"}
          className={inputClasses("mt-1 block w-auto max-w-full")}
        >
          {known ? null : <option value={current}>{current} (not in the list)</option>}
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label} · {m.detail}
            </option>
          ))}
        </select>
        <p id="settings-target-model-hint" className="mt-1 text-xs text-zinc-500">
          Changing it recounts the tokens of every conversation with the new model&apos;s encoding, in the background.
        </p>
        <FieldError id="settings-target-model-error" messages={fieldErrors} />
      </div>
      {state && !state.ok && !fieldErrors ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? (
        <Notice tone="success">
          {state.recounting
            ? `Saved. Recounting tokens for ${plural(state.recounting, "conversation")}.`
            : "Saved. The model was already set to this one; nothing to recount."}
        </Notice>
      ) : null}
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Saving…" : "Save target model"}
      </Button>
    </form>
  );
}
