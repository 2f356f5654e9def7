import { JsonBlock } from "./text-block";

// The functions the conversation offered the model, folded away by default: they are
// often long JSON Schemas, and reviewers mostly read the turns.

type Tool = { type?: unknown; function?: { name?: unknown; description?: unknown; parameters?: unknown; strict?: unknown } };

export function ToolsSection({ tools, parallelToolCalls }: { tools: unknown; parallelToolCalls: unknown }) {
  const list = Array.isArray(tools) ? (tools as Tool[]) : [];
  if (!list.length && parallelToolCalls === undefined) return null;
  return (
    <details className="group rounded-md border border-zinc-200 bg-white shadow-sm">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 px-3 py-2 text-sm font-medium">
        <span>
          Tools <span className="font-normal text-zinc-500">({list.length})</span>
          {parallelToolCalls !== undefined ? (
            <span className="ml-2 text-xs font-normal text-zinc-500">parallel_tool_calls: {String(parallelToolCalls)}</span>
          ) : null}
        </span>
        <span aria-hidden className="text-xs text-zinc-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="divide-y divide-zinc-100 border-t border-zinc-200">
        {list.map((t, i) => (
          <li key={i} className="space-y-1.5 px-3 py-2.5">
            <p className="font-mono text-sm font-semibold">{String(t.function?.name ?? "(no name)")}</p>
            {t.function?.description ? <p className="text-sm text-zinc-600">{String(t.function.description)}</p> : null}
            {t.function?.strict !== undefined ? <p className="text-xs text-zinc-500">strict: {String(t.function.strict)}</p> : null}
            {t.function?.parameters !== undefined ? <JsonBlock value={t.function.parameters} className="max-h-80" /> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
