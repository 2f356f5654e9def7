import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { conflictParts, partsOf } from "@/lib/editing/preference-conflict";
import type { PreferenceParts } from "@/lib/editing/preference-draft";
import type { BoundedRecord } from "@/lib/long-text/bound-record";
import { RelativeTime } from "@/components/ui/relative-time";

// Shown when a save meets a newer version: what the colleague saved beside what this
// annotator has, part by part, and the two ways on. Nothing is lost until they choose.

type Props = { theirs: BoundedRecord; mine: PreferenceParts; pending: boolean; onKeepMine: () => void; onTakeTheirs: () => void };

export function PreferenceConflictPanel({ theirs, mine, pending, onKeepMine, onTakeTheirs }: Props) {
  const parts = conflictParts(partsOf(theirs), mine);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "start" });
    ref.current?.focus();
  }, []);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="pref-conflict-heading"
      className="scroll-mt-40 space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 focus:outline-none"
    >
      <div role="alert">
        <h2 id="pref-conflict-heading" className="text-sm font-semibold text-amber-950">
          Someone else saved this record while you were editing it
        </h2>
        <p className="mt-1 text-sm text-amber-900">
          Their version ({theirs.version}, saved <RelativeTime value={theirs.updated_at} />) is on the left, yours (not saved yet) on the right. Keep mine saves
          yours over theirs; Take theirs drops your edits.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={pending} onClick={onKeepMine}>
          Keep mine
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onTakeTheirs}>
          Take theirs
        </Button>
      </div>
      {parts.map((p) => (
        <div key={p.key} className="space-y-1">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-600">
            {p.label} <span className="font-normal normal-case text-zinc-500">{p.same ? "· the same in both" : "· differs"}</span>
          </h3>
          {p.same ? null : (
            <div className="grid gap-2 md:grid-cols-2">
              <Version title="Their version" text={p.theirs} />
              <Version title="Your version" text={p.mine} />
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

function Version({ title, text }: { title: string; text: string }) {
  return (
    <figure aria-label={title} className="min-w-0 rounded-md border border-zinc-200 bg-white">
      <figcaption className="border-b border-zinc-100 px-2.5 py-1 text-xs font-medium text-zinc-600">{title}</figcaption>
      <pre className="max-h-72 overflow-auto whitespace-pre-wrap break-words p-2.5 font-mono text-xs leading-5 text-zinc-800">{text}</pre>
    </figure>
  );
}
