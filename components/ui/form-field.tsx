import type { ReactNode } from "react";
import { FieldError } from "./field";

// A labelled control with its hint and errors, both tied to it through
// aria-describedby so screen readers read them with the field. The label holds the
// field's name (and at most a quiet "(optional)"), so that is the control's accessible name.

export type ControlAttrs = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/** id, aria-describedby and aria-invalid for a control whose hint and error sit beside it. */
export function controlProps(id: string, o: { hint?: boolean; errors?: string[] }): ControlAttrs {
  const described = [o.hint ? `${id}-hint` : null, o.errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-describedby": described || undefined, "aria-invalid": o.errors?.length ? true : undefined };
}

/**
 * A form-posted field: `children` gets the control's attributes, its `name` included.
 * `hint` is optional; `className` sizes the field's box in a row of fields.
 */
export function FormField({
  id,
  name,
  label,
  hint,
  errors,
  className,
  children,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: string;
  errors?: string[];
  className?: string;
  children: (attrs: ControlAttrs & { name: string }) => ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-zinc-700">
        {label}
      </label>
      {children({ ...controlProps(id, { hint: Boolean(hint), errors }), name })}
      <FieldNotes id={id} hint={hint} errors={errors} hintClassName="mt-1 text-xs text-zinc-500" />
    </div>
  );
}

/** The hint and the errors under a control, with the ids that controlProps names in its aria-describedby. */
export function FieldNotes({ id, hint, errors, hintClassName }: { id: string; hint?: ReactNode; errors?: string[]; hintClassName: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={hintClassName}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </>
  );
}
