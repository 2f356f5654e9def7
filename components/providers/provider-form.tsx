"use client";

import { useActionState, useState } from "react";
import { clearProviderSettingAction, saveProviderSettingAction, type ProviderActionResult } from "@/lib/actions/provider-actions";
import type { ProviderSettingField } from "@/lib/validation/provider-setting";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

// One provider's settings form. The key field is a password field the server never fills
// in: the browser never receives a key, so a blank key means "keep the saved one". What
// the admin typed there stays until a save succeeds (the server does not echo it back,
// so the field holds it itself), and the other fields come back with the result.

export type ProviderFormField = {
  name: Exclude<ProviderSettingField, "apiKey">;
  label: string;
  required: boolean;
  placeholder: string;
  /** The value in use now (saved, or from the environment), as the form's starting value. */
  value: string;
  /** The variable that sets it on the server, for the hint under the field. */
  variable?: string;
};

type Props = {
  kind: string;
  name: string;
  fields: ProviderFormField[];
  /** "Leave empty to keep …abcd", or what to paste. */
  keyPlaceholder: string;
  keyRequired: boolean;
  keyVariable: string;
  /** Saved settings exist, so they can be removed. */
  saved: boolean;
  /** Changes whenever the saved settings do, so the form starts again from them. */
  version: string;
};

export function ProviderForm({ kind, name, fields, keyPlaceholder, keyRequired, keyVariable, saved, version }: Props) {
  const [apiKey, setApiKey] = useState("");
  const [state, action, pending] = useActionState<ProviderActionResult | null, FormData>(async (previous, form) => {
    const result = await saveProviderSettingAction(previous, form);
    if (result.ok) setApiKey("");
    return result;
  }, null);
  const [removal, remove, removing] = useActionState<ProviderActionResult | null, FormData>(clearProviderSettingAction, null);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const values = state && !state.ok ? state.values : undefined;
  const id = (field: string) => `provider-${kind}-${field}`;
  const input = (
    f: { name: ProviderSettingField; label: string; required: boolean; placeholder: string; variable?: string },
    props: React.InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div key={f.name}>
      <label htmlFor={id(f.name)} className="block text-xs font-medium text-zinc-700">
        {f.label}
        {f.required ? null : <span className="font-normal text-zinc-500"> (optional)</span>}
      </label>
      <input
        id={id(f.name)}
        name={f.name}
        placeholder={f.placeholder}
        aria-invalid={errors[f.name] ? true : undefined}
        aria-describedby={[errors[f.name] ? id(`${f.name}-error`) : "", f.variable ? id(`${f.name}-hint`) : ""].filter(Boolean).join(" ") || undefined}
        className={inputClasses("mt-1 w-full font-mono")}
        {...props}
      />
      <FieldError id={id(`${f.name}-error`)} messages={errors[f.name]} />
      {f.variable ? (
        <p id={id(`${f.name}-hint`)} className="mt-0.5 text-[11px] text-zinc-500">
          On the server: <span className="font-mono">{f.variable}</span>
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="space-y-3">
      <form action={action} aria-label={`${name} settings`} className="space-y-3" noValidate key={`${version}:${state?.ok ? "saved" : "editing"}`}>
        <input type="hidden" name="kind" value={kind} />
        <div className="grid gap-3 sm:grid-cols-2">
          {fields.map((f) => input(f, { type: "text", autoComplete: "off", spellCheck: false, defaultValue: values?.[f.name] ?? f.value }))}
          {input(
            { name: "apiKey", label: "API key", required: keyRequired, placeholder: keyPlaceholder, variable: keyVariable },
            { type: "password", autoComplete: "off", spellCheck: false, value: apiKey, onChange: (e) => setApiKey(e.target.value) },
          )}
        </div>
        {state?.ok ? <Notice tone="success">{state.message}</Notice> : null}
        {state && !state.ok && !Object.keys(errors).length ? <Notice tone="error">{state.error}</Notice> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : `Save ${name} settings`}
        </Button>
      </form>
      {saved ? (
        <form action={remove} aria-label={`Remove the saved ${name} settings`} className="flex items-center gap-3 border-t border-zinc-100 pt-3">
          <input type="hidden" name="kind" value={kind} />
          <Button type="submit" variant="danger" size="sm" disabled={removing}>
            {removing ? "Removing…" : "Remove saved settings"}
          </Button>
          <span className="text-xs text-zinc-500">The saved key is deleted; the server&apos;s environment applies again.</span>
        </form>
      ) : null}
      {removal ? <Notice tone={removal.ok ? "success" : "error"}>{removal.ok ? removal.message : removal.error}</Notice> : null}
    </div>
  );
}
