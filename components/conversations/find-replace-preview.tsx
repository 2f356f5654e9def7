import type { BulkPreviewResult } from "@/lib/validation/bulk";
import { plural } from "@/components/ui/format";

// What a find-and-replace would change: counts, then up to five snippets with the
// found text struck through and the replacement highlighted. What is left out (invalid
// lines, records without a match) is said beside Apply.

export function FindReplacePreviewView({ preview }: { preview: BulkPreviewResult }) {
  return (
    <div role="region" aria-label="Preview of the changes" className="space-y-1.5 text-sm">
      <p className="font-medium">
        {plural(preview.occurrences, "occurrence")} in {plural(preview.records, "conversation")}
      </p>
      {preview.samples.length ? (
        <ul aria-label="Sample changes" className="space-y-1">
          {preview.samples.map((s) => (
            <li key={`${s.id}-${s.path}`} className="rounded border border-zinc-200 bg-zinc-50 px-2 py-1 font-mono text-xs">
              <span className="mr-2 text-zinc-500">
                #{s.id} {s.path}
              </span>
              <span className="whitespace-pre-wrap break-words">
                …{s.before}
                <del className="bg-red-100 text-red-800">{s.found}</del>
                <ins className="ml-0.5 bg-emerald-100 text-emerald-800 no-underline">{s.replaced}</ins>
                {s.after}…
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
