"use client";

import { useEffect, useRef } from "react";
import { SHORTCUTS } from "./shortcuts";

// The "?" overlay: every shortcut of review mode, or of another keyboard-driven page
// that passes its own list (blind judging). A native <dialog>, so focus is trapped and
// Escape closes it.

/** `keys` are pressed together, or, with `either`, any one of them. */
type Shortcut = { keys: string[]; what: string; either?: boolean };

export function ShortcutsDialog({ open, onClose, shortcuts = SHORTCUTS }: { open: boolean; onClose: () => void; shortcuts?: readonly Shortcut[] }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      onClick={(e) => e.target === ref.current && onClose()}
      className="m-auto w-full max-w-md rounded-lg border border-zinc-200 p-0 shadow-xl backdrop:bg-zinc-900/30"
    >
      <div className="p-5">
        <h2 id="shortcuts-heading" className="mb-3 text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <table className="w-full text-sm">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.what} className="border-t border-zinc-100">
                <td className="py-1.5 pr-4 whitespace-nowrap">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? (s.either ? " or " : " + ") : ""}
                      <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs">{k}</kbd>
                    </span>
                  ))}
                </td>
                <td className="py-1.5 text-zinc-700">{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-xs text-zinc-500">Letter keys do nothing while you type in a field. Escape closes this list.</p>
      </div>
    </dialog>
  );
}
