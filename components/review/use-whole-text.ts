"use client";

import { useState } from "react";
import type { ShortenedText } from "@/lib/long-text/shortened-text";
import { fetchWholeText } from "./fetch-long-text";

/**
 * Loading the whole of a shortened text, as "Show all", the turn editor and the invalid
 * line's fix form do it: the percentage while it comes, and what went wrong in words.
 * `load` hands the whole text to `onLoaded` and resolves to it, or to null when it
 * could not be had.
 */
export function useWholeText(value: ShortenedText, failure: string, onLoaded: (text: string) => void) {
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (): Promise<string | null> => {
    setError(null);
    setPercent(0);
    try {
      const text = await fetchWholeText(value, (loaded, total) => setPercent(Math.floor((loaded / total) * 100)));
      onLoaded(text);
      return text;
    } catch (e) {
      setError(`${failure}: ${(e as Error).message}`);
      return null;
    } finally {
      setPercent(null);
    }
  };
  return { load, percent, error };
}
