"use client";

import { useState } from "react";
import { Button } from "./button";

// Copies a value shown once (a new API token) in one click and says so. Where the
// browser refuses the clipboard (a page served over plain http from another machine),
// it says to copy by hand instead of failing silently.

export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [outcome, setOutcome] = useState<"copied" | "refused" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome("copied");
    } catch {
      setOutcome("refused");
    }
  };
  return (
    <>
      <Button size="sm" onClick={copy}>
        {outcome === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="text-xs">
        {outcome === "copied" ? <span className="sr-only">Copied to the clipboard.</span> : null}
        {outcome === "refused" ? "The browser did not allow copying: select the text and copy it by hand." : null}
      </span>
    </>
  );
}
