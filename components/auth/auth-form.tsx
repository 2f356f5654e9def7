"use client";

import { useActionState } from "react";
import type { AuthFormResult } from "@/lib/actions/session-actions";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PasswordField } from "./password-field";

// The sign-in, first-run and reset-password forms: a few labelled fields, their errors
// under them, and one error line for the form. Passwords are never sent back; a chosen
// one is a PasswordField, which keeps what was typed itself.

export type AuthField = {
  name: string;
  label: string;
  type: "email" | "password" | "text";
  autoComplete: string;
  hint?: string;
  /** A password being chosen (not typed to sign in): its rules show, and a refused one stays. "account" when the form makes the account. */
  choose?: "password" | "account";
};

export function AuthForm({
  action,
  fields,
  submit,
  label,
  hidden = {},
}: {
  action: (prev: AuthFormResult | null, form: FormData) => Promise<AuthFormResult>;
  fields: AuthField[];
  submit: string;
  label: string;
  hidden?: Record<string, string>;
}) {
  const [result, formAction, pending] = useActionState<AuthFormResult | null, FormData>(action, null);
  // Success redirects, so only a failure ever comes back.
  const state = result && !result.ok ? result : null;
  const errors = (state?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  const formError = state && !Object.values(errors).some((e) => e?.length) ? state.error : null;
  return (
    <form action={formAction} aria-label={label} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.choose ? (
          <PasswordField key={f.name} id={`auth-${f.name}`} label={f.label} errors={errors[f.name]} newAccount={f.choose === "account"} />
        ) : (
          <div key={f.name}>
            <label htmlFor={`auth-${f.name}`} className="block text-xs font-medium text-zinc-700">
              {f.label}
            </label>
            <input
              id={`auth-${f.name}`}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              required
              defaultValue={f.type === "password" ? undefined : state?.values?.[f.name]}
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={errors[f.name] ? `auth-${f.name}-error` : f.hint ? `auth-${f.name}-hint` : undefined}
              className={inputClasses("mt-1 w-full")}
            />
            {f.hint && !errors[f.name] ? (
              <p id={`auth-${f.name}-hint`} className="mt-1 text-xs text-zinc-500">
                {f.hint}
              </p>
            ) : null}
            <FieldError id={`auth-${f.name}-error`} messages={errors[f.name]} />
          </div>
        ),
      )}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? "Working…" : submit}
      </Button>
    </form>
  );
}
