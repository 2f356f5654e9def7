// Message text as text: whitespace kept, fenced code blocks set in monospace. Content
// comes from imported files and may hold HTML or script; React escapes it, and nothing
// here ever injects markup.

type Segment = { kind: "text" | "code"; value: string; lang?: string };

const FENCE = /```([^\n`]*)\n([\s\S]*?)```/g;

export function splitFences(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(FENCE)) {
    if (m.index > last) out.push({ kind: "text", value: text.slice(last, m.index) });
    out.push({ kind: "code", value: m[2].replace(/\n$/, ""), lang: m[1].trim() || undefined });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", value: text.slice(last) });
  return out;
}

export function TextBlock({ text }: { text: string }) {
  if (text === "") return <p className="text-xs italic text-zinc-400">(empty)</p>;
  return (
    <div className="space-y-2 text-sm leading-relaxed text-zinc-800">
      {splitFences(text).map((s, i) =>
        s.kind === "code" ? (
          <figure key={i} className="overflow-hidden rounded-md border border-zinc-800 bg-zinc-900">
            {s.lang ? <figcaption className="border-b border-zinc-700 px-3 py-1 font-mono text-[11px] text-zinc-400">{s.lang}</figcaption> : null}
            <pre className="overflow-x-auto p-3 font-mono text-xs leading-5 text-zinc-100">
              <code>{s.value}</code>
            </pre>
          </figure>
        ) : (
          <p key={i} className="whitespace-pre-wrap break-words">
            {s.value.replace(/^\n+|\n+$/g, "")}
          </p>
        ),
      )}
    </div>
  );
}

/** Pretty JSON in a scrollable block; used for tool arguments, schemas and extra values. */
export function JsonBlock({ value, className = "" }: { value: unknown; className?: string }) {
  return (
    <pre className={`overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-2.5 font-mono text-xs leading-5 text-zinc-800 ${className}`}>
      <code>{JSON.stringify(value, null, 2)}</code>
    </pre>
  );
}
