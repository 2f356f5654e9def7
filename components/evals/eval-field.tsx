import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field";

// One field of the New evaluation form. The label holds only the field's name, so
// that is the control's accessible name; the hint and the error are tied to the
// control through aria-describedby (see controlProps) and read after it.

export type FieldErrors = Partial<Record<string, string[]>>;

export function EvalField({
  id,
  label,
  hint,
  errors,
  className = "",
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`text-xs ${className}`}>
      <label htmlFor={id} className="block font-medium text-zinc-700">
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-zinc-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

export { controlProps } from "@/components/ui/form-field";
