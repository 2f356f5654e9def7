"use client";

import { useEffect, useRef, useState } from "react";
import { PASSWORD_RULES } from "@/lib/validation/accounts";
import { controlProps } from "@/components/ui/form-field";
import { FieldError, inputClasses } from "@/components/ui/field";

// A field where someone chooses a password (first run, a reset link, an admin making an
// account). The rules are listed before anything is submitted and ticked as they are
// met, from the same list the server checks. The field holds what was typed itself: the
// server never sends a password back, and a refused one stays for the user to fix.

type Props = {
  id: string;
  label: string;
  errors?: string[];
  /** Whether the form makes an account: the password must then not contain the e-mail's name (read from the form's `email` field). */
  newAccount?: boolean;
};

export function PasswordField({ id, label, errors, newAccount = false }: Props) {
  const [value, setValue] = useState("");
  const [email, setEmail] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = input.current?.form;
    if (!newAccount || !form) return;
    const read = () => setEmail((form.elements.namedItem("email") as HTMLInputElement | null)?.value ?? "");
    form.addEventListener("input", read);
    return () => form.removeEventListener("input", read);
  }, [newAccount]);
  const rules = PASSWORD_RULES.filter((r) => newAccount || !r.forNewAccount);
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-zinc-700">
        {label}
      </label>
      <input
        ref={input}
        {...controlProps(id, { hint: true, errors })}
        name="password"
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className={inputClasses("mt-1 w-full")}
      />
      <ul id={`${id}-hint`} className="mt-1 space-y-0.5 text-xs text-zinc-600">
        {rules.map((r) => {
          const met = value !== "" && r.met(value, email);
          return (
            <li key={r.id} data-met={met || undefined} className={met ? "text-emerald-700" : undefined}>
              <span aria-hidden className="inline-block w-4">
                {met ? "✓" : "•"}
              </span>
              {r.text[0].toUpperCase() + r.text.slice(1)}
              {met ? <span className="sr-only"> (met)</span> : null}
            </li>
          );
        })}
      </ul>
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
