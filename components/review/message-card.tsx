import { Badge, type BadgeTone } from "@/components/ui/badge";
import { MessageContent } from "./content-parts";
import { FunctionCallView, ToolCallView, toolCallAnchor } from "./tool-call-view";
import { JsonBlock } from "./text-block";
import { LongText } from "./long-text";
import { parseJson } from "./parse-json";
import { isShortened } from "@/lib/long-text/shortened-text";

// One turn of a conversation: who speaks, with what name and weight, what they say,
// and the tool calls or tool results it carries.

export type LooseMessage = {
  role?: unknown;
  content?: unknown;
  name?: unknown;
  weight?: unknown;
  refusal?: unknown;
  tool_calls?: unknown;
  tool_call_id?: unknown;
  function_call?: unknown;
};

const ROLE_TONES: Record<string, BadgeTone> = { system: "gray", user: "blue", assistant: "green", tool: "violet", function: "violet" };
const ROLE_BORDERS: Record<string, string> = {
  system: "border-l-zinc-300",
  user: "border-l-sky-400",
  assistant: "border-l-emerald-400",
  tool: "border-l-violet-400",
  function: "border-l-violet-400",
};

export function MessageCard({ message, index }: { message: LooseMessage; index?: number }) {
  const role = String(message.role ?? "unknown");
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  return (
    <article
      aria-label={`${role} message${index !== undefined ? ` ${index + 1}` : ""}`}
      className={`rounded-md border border-zinc-200 border-l-4 bg-white p-3 shadow-sm ${ROLE_BORDERS[role] ?? "border-l-zinc-300"}`}
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-xs">
        <Badge tone={ROLE_TONES[role] ?? "gray"}>{role}</Badge>
        {typeof message.name === "string" ? <span className="font-mono text-zinc-600">name: {message.name}</span> : null}
        {message.tool_call_id !== undefined ? (
          <span className="text-zinc-500">
            result of{" "}
            <a href={`#${toolCallAnchor(message.tool_call_id)}`} className="font-mono text-indigo-700 hover:underline">
              {String(message.tool_call_id)}
            </a>
          </span>
        ) : null}
        {message.weight === 0 ? (
          <Badge tone="amber" title="This reply is part of the context but the model is not trained to produce it">
            weight 0: not trained on
          </Badge>
        ) : message.weight === 1 ? (
          <Badge tone="gray">weight 1</Badge>
        ) : null}
        {index !== undefined ? <span className="ml-auto text-zinc-500">#{index + 1}</span> : null}
      </header>
      {role === "tool" ? <ToolResult content={message.content} /> : <MessageContent content={message.content} />}
      {typeof message.refusal === "string" ? (
        <p className="mt-2 rounded border border-amber-200 bg-amber-50 p-2 text-sm">
          <span className="font-medium">Refusal: </span>
          {message.refusal}
        </p>
      ) : isShortened(message.refusal) ? (
        <div className="mt-2 rounded border border-amber-200 bg-amber-50 p-2 text-sm">
          <span className="font-medium">Refusal: </span>
          <LongText value={message.refusal} />
        </div>
      ) : null}
      {calls.length ? (
        <div className="mt-2 space-y-2">
          {calls.map((call, i) => (
            <ToolCallView key={i} call={call} />
          ))}
        </div>
      ) : null}
      {message.function_call && typeof message.function_call === "object" ? (
        <div className="mt-2">
          <FunctionCallView call={message.function_call} />
        </div>
      ) : null}
    </article>
  );
}

/** Tool results are often JSON text; indented, they read far better than one long line. A shortened one is shown as it is. */
function ToolResult({ content }: { content: unknown }) {
  if (isShortened(content)) return <LongText value={content} as="code" />;
  const parsed = typeof content === "string" && /^\s*[[{]/.test(content) ? parseJson(content) : null;
  if (parsed?.ok) return <JsonBlock value={parsed.value} className="max-h-96" />;
  return <MessageContent content={content} />;
}
