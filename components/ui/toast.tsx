"use client";

import type { ReactNode } from "react";
import { buttonClasses } from "./button";

// A short message about something that just happened elsewhere on the page (a download
// started, a record saved), kept in view at the bottom corner without moving the
// layout, and announced politely. It stays until dismissed: it often carries a link.

type Props = { title: string; children?: ReactNode; onDismiss: () => void };

export function Toast({ title, children, onDismiss }: Props) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={title}
      className="fixed bottom-4 right-4 z-40 flex max-w-sm items-start gap-3 rounded-lg border border-zinc-200 bg-white px-4 py-3 text-sm text-zinc-800 shadow-lg"
    >
      <div className="min-w-0">
        <p className="font-medium text-zinc-900">{title}</p>
        {children ? <div className="mt-0.5 text-zinc-700">{children}</div> : null}
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className={buttonClasses("ghost", "sm", "-mr-2 -mt-1")}>
        ✕
      </button>
    </div>
  );
}
