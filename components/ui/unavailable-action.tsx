import { buttonClasses, type ButtonVariant } from "./button";

// An action that cannot be taken yet, drawn where its button stands so the row does not
// change shape, with the reason in words beside it: a short hint on screen, the whole
// sentence for screen readers (aria-describedby) and on hover. Focusable (aria-disabled
// rather than disabled), so a keyboard user reaches it and hears why.

type ButtonProps = {
  label: string;
  variant?: ButtonVariant;
  /** The sentence saying why, shown on hover. */
  reason: string;
  /** Id of the UnavailableHint that says why on screen (several buttons may share one). */
  describedBy: string;
};

export function UnavailableButton({ label, variant = "secondary", reason, describedBy }: ButtonProps) {
  return (
    <button
      type="button"
      aria-disabled="true"
      aria-describedby={describedBy}
      title={reason}
      className={buttonClasses(variant, "md", "pointer-events-auto! cursor-not-allowed")}
    >
      {label}
    </button>
  );
}

/** The visible reason: a few words, with the whole sentence for screen readers. */
export function UnavailableHint({ id, hint, reason }: { id: string; hint: string; reason: string }) {
  return (
    <span id={id} className="whitespace-nowrap text-xs text-zinc-600">
      {hint}
      <span className="sr-only"> ({reason})</span>
    </span>
  );
}
