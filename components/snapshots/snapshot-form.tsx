"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createSnapshotAction } from "@/lib/actions/snapshot-actions";
import type { ActionResult } from "@/lib/api/action-result";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { plural } from "@/components/ui/format";
import { SystemPromptPreviewNote } from "./system-prompt-preview";

// The full "new snapshot" form: which records (the approved set, or the table filter
// the page was opened with), a seeded validation split, and what to do with each
// example's system prompt, with the prompt tokens a future request would save.

type Field = "validation" | "seed" | "systemPrompt" | "replacement";
type Result = ActionResult<{ snapshotId: string; number: number; reused: boolean }, Field>;
export type SnapshotScope = { value: string; label: string; records: number; request: Record<string, string> };
type Props = { datasetId: string; scopes: SnapshotScope[]; defaultScope: string; defaultSeed: number; maxReplacement: number };

const MODES = [
  { value: "keep", label: "Keep it", hint: "Every example keeps its system prompt as written." },
  { value: "drop", label: "Drop it", hint: "Bake the instructions into the model: examples and future requests go without a system prompt." },
  { value: "replace", label: "Replace it with a short one", hint: "Examples and future requests carry only this short prompt." },
] as const;

export function SnapshotForm({ datasetId, scopes, defaultScope, defaultSeed, maxReplacement }: Props) {
  const router = useRouter();
  const [state, setState] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  const [scope, setScope] = useState(defaultScope);
  const [mode, setMode] = useState<string>("keep");
  const [replacement, setReplacement] = useState("");
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok && !Object.keys(errors).length ? state.error : null;
  const scopeRequest = scopes.find((s) => s.value === scope)?.request ?? {};

  return (
    <form
      aria-label="New snapshot"
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
        const { scope: _scope, allowErrors, ...options } = form;
        const input = { ...scopeRequest, ...options, allowErrors: allowErrors === "on" ? true : undefined };
        startTransition(async () => {
          const r = (await createSnapshotAction(datasetId, input)) as Result;
          // The snapshot already holding exactly these records and options opens, saying it was reused.
          if (r.ok) router.push(`/snapshots/${r.snapshotId}${r.reused ? "?reused=1" : ""}`);
          else setState(r);
        });
      }}
    >
      <fieldset>
        <legend className="text-xs font-medium text-zinc-700">Records</legend>
        {scopes.map((s) => (
          <label key={s.value} className="mt-1 flex items-start gap-2 text-sm">
            <input type="radio" name="scope" value={s.value} checked={scope === s.value} onChange={() => setScope(s.value)} className="mt-1" />
            <span>
              {s.label} <span className="text-xs text-zinc-500">({plural(s.records, "record")})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormField
        id="snapshot-validation"
        name="validation"
        label="Validation fraction"
        errors={errors.validation}
        hint="0 to 0.5: 0.1 puts a tenth of the records in validation.jsonl, stratified by label, near-duplicate clusters kept on one side. 0 or empty: no split."
      >
        {(attrs) => <input {...attrs} type="number" min={0} max={0.5} step={0.05} placeholder="0" className={inputClasses("mt-1 w-28")} />}
      </FormField>
      <FormField
        id="snapshot-seed"
        name="seed"
        label="Seed"
        errors={errors.seed}
        hint="The same records and seed give the same split. Picked at random; change it to reshuffle."
      >
        {(attrs) => <input {...attrs} type="number" min={0} step={1} defaultValue={defaultSeed} className={inputClasses("mt-1 w-36")} />}
      </FormField>
      <fieldset>
        <legend className="text-xs font-medium text-zinc-700">System prompt</legend>
        {MODES.map((m) => (
          <label key={m.value} className="mt-1 flex items-start gap-2 text-sm">
            <input type="radio" name="systemPrompt" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} className="mt-1" />
            <span>
              {m.label}
              <span className="block text-xs text-zinc-500">{m.hint}</span>
            </span>
          </label>
        ))}
        {mode === "replace" ? (
          <div className="mt-2">
            <label htmlFor="snapshot-replacement" className="block text-xs font-medium text-zinc-700">
              Short system prompt
            </label>
            <textarea
              id="snapshot-replacement"
              name="replacement"
              rows={3}
              maxLength={maxReplacement}
              value={replacement}
              onChange={(e) => setReplacement(e.target.value)}
              aria-invalid={errors.replacement?.length ? true : undefined}
              aria-describedby={errors.replacement?.length ? "snapshot-replacement-error" : undefined}
              className={inputClasses("mt-1 w-full", "multiline")}
            />
            <FieldError id="snapshot-replacement-error" messages={errors.replacement} />
          </div>
        ) : null}
        <SystemPromptPreviewNote datasetId={datasetId} request={scopeRequest} mode={mode} replacement={replacement} />
      </fieldset>
      <label className="flex items-start gap-2 text-xs text-zinc-600">
        <input type="checkbox" name="allowErrors" className="mt-0.5" />
        Write it even if the pre-flight check finds errors (a provider would reject those records; the manifest and the audit log say so)
      </label>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Making snapshot…" : "Make snapshot"}
      </Button>
    </form>
  );
}
