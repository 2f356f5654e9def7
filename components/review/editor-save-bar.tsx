"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { isMod } from "@/components/ui/keyboard";

// The foot of every editor: Save (also Ctrl/⌘+Enter while the bar is shown), Cancel,
// and what the last save said. A save that broke the format lists its errors here.

type Props = {
  pending: boolean;
  onSave: () => void;
  onCancel: () => void;
  result: { text: string; errors?: string[] } | null;
};

export function EditorSaveBar({ pending, onSave, onCancel, result }: Props) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isMod(e) || e.key !== "Enter") return;
      e.preventDefault();
      onSave();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onSave]);

  return (
    <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t border-zinc-200 bg-zinc-50/95 py-2">
      <Button variant="primary" onClick={onSave} disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <span className="text-xs text-zinc-500">Ctrl/⌘+Enter saves · unsaved edits are kept as a draft in this browser</span>
      {result ? (
        <div role="alert" className="text-xs text-red-700">
          {result.text}
          {result.errors?.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
