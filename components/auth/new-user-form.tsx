"use client";

import { useActionState } from "react";
import { createUserAction, type CreateUserResult } from "@/lib/actions/user-actions";
import { ROLES, ROLE_LABELS, ROLE_SUMMARIES } from "@/lib/auth/roles";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PasswordField } from "./password-field";

// The admin makes an account and tells its owner the password (or gives them a reset
// link from the table, so the admin never knows the final one).
export function NewUserForm() {
  const [state, action, pending] = useActionState<CreateUserResult | null, FormData>(createUserAction, null);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const values = state && !state.ok ? state.values : undefined;
  const field = (name: "name" | "email", label: string, type: string, autoComplete: string) => (
    <div>
      <label htmlFor={`new-user-${name}`} className="block text-xs font-medium text-zinc-700">
        {label}
      </label>
      <input
        id={`new-user-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={values?.[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `new-user-${name}-error` : undefined}
        className={inputClasses("mt-1 w-full")}
      />
      <FieldError id={`new-user-${name}-error`} messages={errors[name]} />
    </div>
  );
  return (
    <form action={action} aria-label="New user" className="space-y-3" noValidate key={state?.ok ? state.message : "form"}>
      {field("name", "Name", "text", "off")}
      {field("email", "E-mail", "email", "off")}
      <PasswordField id="new-user-password" label="Password" errors={errors.password} newAccount />
      <div>
        <label htmlFor="new-user-role" className="block text-xs font-medium text-zinc-700">
          Role
        </label>
        <select id="new-user-role" name="role" defaultValue={values?.role ?? "annotator"} className={inputClasses("mt-1 w-full")}>
          {ROLES.map((r) => (
            <option key={r} value={r} title={ROLE_SUMMARIES[r]}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {state?.ok ? <Notice tone="success">{state.message}</Notice> : null}
      {state && !state.ok && !Object.keys(errors).length ? <Notice tone="error">{state.error}</Notice> : null}
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
