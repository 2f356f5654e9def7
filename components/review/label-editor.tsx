"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setConversationLabels } from "@/lib/actions/set-conversation-labels";
import { Button } from "@/components/ui/button";
import { submitWith } from "@/components/ui/submit-with";
import { inputClasses } from "@/components/ui/field";
import { InlineError } from "./reload-button";

// Labels on one conversation: remove with the chip's button, add by typing (the
// dataset's labels are offered as you type; a new name creates a label).

type Label = { name: string; color: string };
type Props = { id: number; version: number; labels: Label[]; datasetLabels: Label[] };

export function LabelEditor({ id, version, labels, datasetLabels }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const names = labels.map((l) => l.name);

  const save = (next: string[]) =>
    startTransition(async () => {
      setError(null);
      const r = await setConversationLabels({ id, version, labels: next });
      if (r.ok) {
        setDraft("");
        router.refresh();
      } else setError({ text: r.error, conflict: r.code === "conflict" });
    });

  const add = () => {
    const name = draft.trim();
    if (name && !names.includes(name)) save([...names, name]);
  };

  return (
    <div className="space-y-2">
      <ul aria-label="Labels on this conversation" className="flex flex-wrap gap-1.5">
        {labels.length === 0 ? <li className="text-xs text-zinc-500">No labels yet.</li> : null}
        {labels.map((l) => (
          <li key={l.name} className="inline-flex items-center gap-1 rounded-full border border-zinc-200 px-2 py-0.5 text-xs">
            <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: l.color || "#a1a1aa" }} />
            {l.name}
            <button
              type="button"
              aria-label={`Remove label ${l.name}`}
              disabled={pending}
              onClick={() => save(names.filter((n) => n !== l.name))}
              className="ml-0.5 text-zinc-500 hover:text-zinc-900"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submitWith(add)} className="flex gap-2">
        <input
          aria-label="Add a label"
          list="dataset-labels"
          value={draft}
          maxLength={50}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="Add a label"
          className={inputClasses("min-w-0 flex-1")}
        />
        <datalist id="dataset-labels">
          {datasetLabels
            .filter((l) => !names.includes(l.name))
            .map((l) => (
              <option key={l.name} value={l.name} />
            ))}
        </datalist>
        <Button type="submit" size="sm" disabled={pending || draft.trim() === ""}>
          Add label
        </Button>
      </form>
      {error ? <InlineError as="p" className="text-xs text-red-700" text={error.text} conflict={error.conflict} onReload={() => setError(null)} /> : null}
    </div>
  );
}
