import type { ReactNode } from "react";

// A part of the preference editor (its input, its answers): a small heading with the
// part's own buttons on its row, then the part.
export function EditorSection({ id, title, tools, children }: { id: string; title: string; tools: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={id} className="text-xs font-semibold uppercase tracking-wide text-zinc-500">
          {title}
        </h2>
        {tools}
      </div>
      {children}
    </section>
  );
}
