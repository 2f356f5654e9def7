"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { shownOf, type ShortenedText } from "@/lib/long-text/shortened-text";
import { fetchWholeText } from "./fetch-long-text";
import { CodeText, TextBlock } from "./text-block";

// A text the page sent shortened: its start, how much of it that is, and "Show all",
// which fetches the rest from the version on screen. Megabytes arrive as plain text
// (TextBlock renders markdown only up to a size), so the browser stays responsive.

type Props = { value: ShortenedText; as?: "markdown" | "code" };

export function LongText({ value, as = "markdown" }: Props) {
  const s = value.$shortened;
  const [whole, setWhole] = useState<string | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const showAll = async () => {
    setError(null);
    setLoading(0);
    try {
      setWhole(await fetchWholeText(value, (loaded, total) => setLoading(Math.floor((loaded / total) * 100))));
    } catch (e) {
      setError(`Could not load the rest: ${(e as Error).message}`);
    } finally {
      setLoading(null);
    }
  };

  const text = whole ?? s.text;
  return (
    <div className="space-y-1.5" data-long-text={s.length}>
      {as === "code" ? <CodeText text={text} /> : <TextBlock text={text} />}
      <p className="flex flex-wrap items-center gap-2 border-t border-dashed border-zinc-200 pt-1.5 text-xs text-zinc-500">
        {whole === null ? (
          <>
            <span>{shownOf(s.text.length, s.length)}</span>
            <Button size="sm" variant="secondary" onClick={showAll} disabled={loading !== null} aria-label={`Show all ${formatCount(s.length)} characters`}>
              {loading === null ? "Show all" : `Loading… ${loading}%`}
            </Button>
          </>
        ) : (
          <span>All {formatCount(whole.length)} characters</span>
        )}
        {error ? (
          <span role="alert" className="text-red-700">
            {error}
          </span>
        ) : null}
      </p>
    </div>
  );
}
