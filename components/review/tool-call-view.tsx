import { Badge } from "@/components/ui/badge";
import { JsonBlock } from "./text-block";
import { parseJson } from "./parse-json";
import { LongText } from "./long-text";
import { isShortened } from "@/lib/long-text/shortened-text";

// An assistant's tool call. Arguments are JSON text in the format; they are shown
// parsed and indented when they parse, and verbatim with a warning when they do not.

type ToolCall = { id?: unknown; type?: unknown; function?: { name?: unknown; arguments?: unknown } };

/** Anchor id of a call, so a tool message can link to the call it answers. */
export function toolCallAnchor(id: unknown): string {
  return `tool-call-${encodeURIComponent(String(id ?? ""))}`;
}

export function ToolCallView({ call }: { call: ToolCall }) {
  const fn = call.function ?? {};
  return (
    <div id={call.id ? toolCallAnchor(call.id) : undefined} className="scroll-mt-16 rounded-md border border-violet-200 bg-violet-50/40 p-2.5">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="violet">Tool call</Badge>
        <span className="font-mono font-semibold text-zinc-900">{String(fn.name ?? "(no name)")}</span>
        {call.id ? <span className="font-mono text-zinc-500">{String(call.id)}</span> : null}
      </div>
      <Arguments raw={fn.arguments} />
    </div>
  );
}

export function FunctionCallView({ call }: { call: { name?: unknown; arguments?: unknown } }) {
  return (
    <div className="rounded-md border border-violet-200 bg-violet-50/40 p-2.5">
      <div className="flex items-center gap-2 text-xs">
        <Badge tone="violet">Function call (legacy)</Badge>
        <span className="font-mono font-semibold">{String(call.name ?? "")}</span>
      </div>
      <Arguments raw={call.arguments} />
    </div>
  );
}

function Arguments({ raw }: { raw: unknown }) {
  // Only the start of these arguments was sent: it is not JSON on its own, and is shown as it is.
  if (isShortened(raw))
    return (
      <div className="mt-2">
        <LongText value={raw} as="code" />
      </div>
    );
  if (typeof raw !== "string") return <JsonBlock value={raw} className="mt-2" />;
  const parsed = parseJson(raw);
  if (parsed.ok) return <JsonBlock value={parsed.value} className="mt-2" />;
  return (
    <>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded-md border border-red-200 bg-white p-2.5 font-mono text-xs text-zinc-800">
        {raw}
      </pre>
      <p className="mt-1 text-xs text-red-700">These arguments are not valid JSON; the fine-tuning API expects JSON text.</p>
    </>
  );
}
