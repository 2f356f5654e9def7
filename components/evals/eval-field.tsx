import type { ReactNode } from "react";
import { FieldNotes } from "@/components/ui/form-field";

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
      <FieldNotes id={id} hint={hint} errors={errors} hintClassName="mt-0.5 text-zinc-500" />
    </div>
  );
}

export { controlProps } from "@/components/ui/form-field";
