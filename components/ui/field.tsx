import { MessageText } from "./message-text";

// Form field pieces shared by every form: one input look, and errors tied to their
// field through aria-describedby so screen readers read them with the field.

/** `size`: "md" inputs and selects, "sm" for compact table controls, "multiline" for textareas. */
export function inputClasses(extra = "", size: "md" | "sm" | "multiline" = "md"): string {
  return (
    (size === "multiline" ? "py-1.5 text-sm " : size === "sm" ? "h-7 text-xs " : "h-8 text-sm ") +
    "rounded-md border border-zinc-300 bg-white px-2.5 text-zinc-900 shadow-sm placeholder:text-zinc-400 " +
    "focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/20 disabled:bg-zinc-100 " +
    "aria-invalid:border-red-400 " +
    extra
  ).trim();
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-xs text-red-700">
      <MessageText text={messages.join(" ")} />
    </p>
  );
}

/** The options of a select, each value shown as its label. */
export function SelectOptions({ options }: { options: readonly { value: string; label: string }[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
