"use client";

import { useState } from "react";
import { Button } from "./button";
import { inputClasses } from "./field";

// A value shown once to be copied (a new API token, a reset link): read-only, selected
// on focus, with a button that copies it in one click and says so. Where the browser
// refuses the clipboard (a page served over plain http from another machine), it says
// to copy by hand instead of failing silently.

export function CopyField({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
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
    <div className="mt-1 flex flex-wrap items-center gap-2">
      <input readOnly aria-label={label} value={value} onFocus={(e) => e.currentTarget.select()} className={inputClasses("min-w-0 flex-1 font-mono text-xs")} />
      <Button size="sm" onClick={copy}>
        {outcome === "copied" ? "Copied" : copyLabel}
      </Button>
      <span role="status" className="basis-full text-xs empty:hidden">
        {outcome === "copied" ? <span className="sr-only">Copied to the clipboard.</span> : null}
        {outcome === "refused" ? "The browser did not allow copying: select the text and copy it by hand." : null}
      </span>
    </div>
  );
}
