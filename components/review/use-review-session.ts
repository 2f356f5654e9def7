"use client";

import { useCallback, useRef } from "react";

// What review mode remembers across the records it walks, for this browser tab: the
// changes made (so Ctrl/⌘+Z can undo the last one) and the records visited (so "k"
// goes back to the one just decided, even when a decision took it out of the filter).

export type UndoEntry = { id: number; before: number; after: number; what: string };

type Session = { undo: UndoEntry[]; trail: number[] };

const KEY = (datasetId: string) => `tuneset:review:${datasetId}`;
const LIMIT = 200;

function read(datasetId: string): Session {
  try {
    const s = JSON.parse(window.sessionStorage.getItem(KEY(datasetId)) ?? "null") as Session | null;
    return s && Array.isArray(s.undo) && Array.isArray(s.trail) ? s : { undo: [], trail: [] };
  } catch {
    return { undo: [], trail: [] };
  }
}

export function useReviewSession(datasetId: string) {
  const cache = useRef<Session | null>(null);
  const session = useCallback(() => (cache.current ??= read(datasetId)), [datasetId]);
  const write = useCallback(
    (s: Session) => {
      cache.current = { undo: s.undo.slice(-LIMIT), trail: s.trail.slice(-LIMIT) };
      try {
        window.sessionStorage.setItem(KEY(datasetId), JSON.stringify(cache.current));
      } catch {
        // Without session storage the history lasts as long as the page does.
      }
    },
    [datasetId],
  );

  return {
    pushUndo: (e: UndoEntry) => write({ ...session(), undo: [...session().undo, e] }),
    popUndo: (): UndoEntry | undefined => {
      const s = session();
      const last = s.undo[s.undo.length - 1];
      if (last) write({ ...s, undo: s.undo.slice(0, -1) });
      return last;
    },
    visited: (id: number) => write({ ...session(), trail: [...session().trail, id] }),
    back: (): number | undefined => {
      const s = session();
      const last = s.trail[s.trail.length - 1];
      if (last !== undefined) write({ ...s, trail: s.trail.slice(0, -1) });
      return last;
    },
  };
}
