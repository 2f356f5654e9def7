import type { ReactNode } from "react";
import { MessageText, messageOrNode } from "./message-text";

// Inline messages. Errors are announced (role="alert"); progress and hints are polite.
// A message given as a string renders its `quoted` parts as code (message-text.tsx).

type Tone = "info" | "warning" | "error" | "success";

const TONES: Record<Tone, string> = {
  info: "border-sky-200 bg-sky-50 text-sky-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
};

export function Notice({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]}`}>
      {title ? (
        <p className="font-medium">
          <MessageText text={title} />
        </p>
      ) : null}
      {children ? <div className={title ? "mt-0.5" : ""}>{messageOrNode(children)}</div> : null}
    </div>
  );
}
