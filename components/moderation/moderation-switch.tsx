"use client";

import { useState, useTransition } from "react";
import { setModerationEnabledAction } from "@/lib/actions/moderation-actions";
import { Notice } from "@/components/ui/notice";

// The consent to send this dataset's content to the provider. Off by default; the
// warning beside it says what turning it on means, before anyone does.

export function ModerationSwitch({ datasetId, enabled }: { datasetId: string; enabled: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await setModerationEnabledAction({ datasetId, enabled: !enabled });
      setError(result.ok ? null : result.error);
    });
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-3">
        <button
          type="button"
          role="switch"
          aria-checked={enabled}
          aria-labelledby="moderation-switch-label"
          aria-describedby="moderation-warning"
          disabled={pending}
          onClick={toggle}
          className={`relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50 ${
            enabled ? "bg-indigo-600" : "bg-zinc-300"
          }`}
        >
          <span className={`inline-block h-4 w-4 rounded-full bg-white shadow transition-transform ${enabled ? "translate-x-4" : "translate-x-0.5"}`} />
        </button>
        <span id="moderation-switch-label" className="text-sm font-medium">
          Moderation pre-scan
        </span>
        <span className={`text-xs ${enabled ? "text-indigo-700" : "text-zinc-500"}`}>{pending ? "Saving…" : enabled ? "On" : "Off"}</span>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
