"use client";

import { useEffect, useState } from "react";
import { previewSystemPromptAction } from "@/lib/actions/snapshot-actions";
import type { SystemPromptPreview } from "@/lib/snapshots/bake-system-prompt";
import { formatCount } from "@/components/ui/format";

// What dropping or shortening the system prompt would save, asked of the server a
// moment after the option or the short prompt changes (it bakes a sample of the
// records exactly as the snapshot will).

type Props = { datasetId: string; request: Record<string, string>; mode: string; replacement: string };
type State = { key: string; preview: SystemPromptPreview | null; error: string | null };

const WAIT_MS = 400;

export function SystemPromptPreviewNote({ datasetId, request, mode, replacement }: Props) {
  const key = JSON.stringify([request, mode, mode === "replace" ? replacement : ""]);
  const [state, setState] = useState<State | null>(null);
  const asking = mode === "drop" || (mode === "replace" && replacement.trim() !== "");

  useEffect(() => {
    if (!asking) return;
    let current = true;
    const timer = setTimeout(async () => {
      const r = await previewSystemPromptAction(datasetId, { ...request, systemPrompt: mode, replacement });
      if (current) setState(r.ok ? { key, preview: r.preview, error: null } : { key, preview: null, error: r.error });
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [asking, datasetId, key, mode, replacement, request]);

  if (!asking) return null;
  const shown = state?.key === key ? state : null;
  return (
    <p role="status" aria-label="Tokens saved" className="mt-2 rounded-md bg-zinc-50 px-2.5 py-2 text-xs text-zinc-700">
      {!shown ? "Counting the tokens a request would save…" : shown.error ? shown.error : <PreviewText preview={shown.preview!} />}
    </p>
  );
}

function PreviewText({ preview: p }: { preview: SystemPromptPreview }) {
  const s = p.summary;
  if (p.sampled === 0) return <>No records match, so there is nothing to count.</>;
  const sample = p.sampled < p.records ? ` (from the first ${formatCount(p.sampled)} of ${formatCount(p.records)} records)` : "";
  if (s.tokensSavedPerRequest <= 0) {
    return (
      <>
        Future requests would save nothing{sample}:{" "}
        {s.tokensSavedPerRequest < 0
          ? `each would carry ${formatCount(-s.tokensSavedPerRequest)} more prompt tokens on average`
          : "these examples have no longer system prompt to cut"}
        .
      </>
    );
  }
  return (
    <>
      Each future request saves about <strong>{formatCount(s.tokensSavedPerRequest)} prompt tokens</strong>, {s.percentCut}% of its prompt{sample}.
    </>
  );
}
