"use client";

import { useEffect, useRef, useState } from "react";
import { inputClasses } from "@/components/ui/field";
import type { Navigate } from "./use-table-navigation";

// Full-text search over message content. It waits for a pause in typing, so each
// keystroke is not a request; Enter searches at once.

const SEARCH_DELAY_MS = 350;

export function SearchBox({ q, navigate }: { q: string; navigate: Navigate }) {
  const [text, setText] = useState(q);
  // The last search this box sent, and the URL's search at the last render.
  const [sent, setSent] = useState(q);
  const [seen, setSeen] = useState(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed from elsewhere (Clear filters, back button): show its search.
  // A value this box sent itself is ignored, so typing ahead of the response is not undone.
  if (q !== seen) {
    setSeen(q);
    if (q !== sent) {
      setSent(q);
      setText(q);
    }
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const submit = (value: string) => {
    clearTimeout(timer.current);
    const trimmed = value.trim();
    setSent(trimmed);
    navigate({ q: trimmed }, { replace: true });
  };

  return (
    <form role="search" onSubmit={(e) => (e.preventDefault(), submit(text))} className="min-w-56 flex-1 sm:max-w-sm">
      <input
        type="search"
        aria-label="Search conversations"
        placeholder="Search messages…"
        value={text}
        maxLength={500}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => submit(value), SEARCH_DELAY_MS);
        }}
        className={inputClasses("w-full")}
      />
    </form>
  );
}
