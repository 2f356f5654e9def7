"use client";

import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";

// Unsaved edits kept in the browser until they are saved, so a reload, a crash or a
// closed tab never loses an annotator's work. A draft remembers the version it was
// based on: if a colleague saved meanwhile, saving it meets the usual conflict.

export type StoredDraft<T> = { baseVersion: number; value: T; savedAt: string };

const PREFIX = "tuneset:draft:";

export const draftKey = (conversationId: number, editor = "conversation") => `${PREFIX}${editor}:${conversationId}`;

export function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as StoredDraft<T>;
    return typeof d?.baseVersion === "number" && "value" in d ? d : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: there was nothing to clear.
  }
}

/**
 * Restores the draft under `key` once after mount (through `apply`), then stores
 * `value` whenever it changes from what the editor started with. `clear` forgets the
 * draft (after a save, or when the annotator discards it).
 */
export function useLocalDraft<T>(key: string, baseVersion: number, value: T, apply: (draft: StoredDraft<T>) => void) {
  const [restored, setRestored] = useState<StoredDraft<T> | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const initial = useRef(value);
  const loaded = useRef(false);
  const applyDraft = useEffectEvent(apply);

  useEffect(() => {
    const draft = readDraft<T>(key);
    loaded.current = true;
    if (!draft) return;
    applyDraft(draft);
    // localStorage exists only in the browser, so a draft can only come back after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(draft);
  }, [key]);

  const base = restored?.baseVersion ?? baseVersion;
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!loaded.current || value === initial.current) return;
    const write = () => {
      // A draft cleared (saved or discarded) since this was scheduled must not come back.
      if (pending.current !== write) return;
      pending.current = null;
      try {
        const draft: StoredDraft<T> = { baseVersion: base, value, savedAt: new Date().toISOString() };
        window.localStorage.setItem(key, JSON.stringify(draft));
        setStorageProblem(null);
      } catch {
        setStorageProblem("This browser would not keep a draft (storage full or disabled): save before leaving the page.");
      }
    };
    // Debounced while typing; written at once if the page goes away first.
    pending.current = write;
    const t = window.setTimeout(write, 250);
    return () => window.clearTimeout(t);
  }, [key, base, value]);

  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);

  const clear = useCallback(() => {
    pending.current = null;
    clearDraft(key);
    initial.current = value;
    setRestored(null);
  }, [key, value]);

  return { restored, storageProblem, clear };
}
