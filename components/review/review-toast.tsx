"use client";

import { useEffect, useSyncExternalStore } from "react";

// The short confirmation after each decision in review mode ("Approved #12 · Undo"), so
// an annotator going fast sees that the key took. It lives outside the record's own
// component, which is replaced by the next record at every decision, so the message
// and its live region stay put while the records change under it. It never takes
// focus: the keys keep working, and clicking Undo leaves focus where it was.

export type ReviewToastMessage = { text: string; undo: boolean };
type Shown = ReviewToastMessage & { key: number };

const SHOWN_MS = 8_000;
let shown: Shown | null = null;
let counter = 0;
let undoHandler: (() => void) | null = null;
const listeners = new Set<() => void>();

export function showReviewToast(message: ReviewToastMessage | null) {
  shown = message ? { ...message, key: ++counter } : null;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The record on screen says what Undo does (the same as Ctrl/⌘+Z there). */
export function useReviewUndo(handler: () => void) {
  useEffect(() => {
    undoHandler = handler;
    return () => {
      if (undoHandler === handler) undoHandler = null;
    };
  });
}

export function ReviewToast() {
  const toast = useSyncExternalStore(
    subscribe,
    () => shown,
    () => null,
  );
  // Leaving review mode leaves its last message behind.
  useEffect(() => () => showReviewToast(null), []);
  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(() => {
      if (shown?.key === toast.key) showReviewToast(null);
    }, SHOWN_MS);
    return () => window.clearTimeout(t);
  }, [toast]);
  // The live region is always there, so a new message in it is announced.
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-6 z-30 flex justify-center px-4">
      {toast ? (
        <div key={toast.key} className="pointer-events-auto flex items-center gap-3 rounded-lg bg-zinc-900 px-4 py-2.5 text-sm text-white shadow-lg">
          <span>{toast.text}</span>
          {toast.undo ? (
            <>
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => undoHandler?.()}
                className="rounded px-1 font-semibold text-indigo-200 underline decoration-indigo-300/60 underline-offset-2 hover:text-white"
              >
                Undo
              </button>
              <kbd className="font-mono text-xs text-zinc-500">Ctrl/⌘+Z</kbd>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
