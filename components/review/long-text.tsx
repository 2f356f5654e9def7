"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { shownOf, type ShortenedText } from "@/lib/long-text/shortened-text";
import { useWholeText } from "./use-whole-text";
import { InlineError } from "./reload-button";
import { CodeText, TextBlock } from "./text-block";

// A text the page sent shortened: its start, how much of it that is, and "Show all",
// which fetches the rest from the version on screen. Megabytes arrive as plain text
// (TextBlock renders markdown only up to a size), so the browser stays responsive.

type Props = { value: ShortenedText; as?: "markdown" | "code" };

export function LongText({ value, as = "markdown" }: Props) {
  const s = value.$shortened;
  const [whole, setWhole] = useState<string | null>(null);
  const { load: showAll, percent: loading, error } = useWholeText(value, "Could not load the rest", setWhole);

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
        {error ? <InlineError className="text-red-700" text={error} /> : null}
      </p>
    </div>
  );
}
