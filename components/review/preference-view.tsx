import type { HiddenTurns } from "@/lib/long-text/bound-record";
import { MessageCard, type LooseMessage } from "./message-card";
import { hiddenAt, MessageList } from "./message-list";
import { ToolsSection } from "./tools-section";

// A preference (DPO) record: the prompt, then the two answers side by side so the
// reviewer can compare them line by line.

type Input = { messages?: unknown; tools?: unknown; parallel_tool_calls?: unknown };

type Props = { input: unknown; preferred: unknown; nonPreferred: unknown; hidden?: HiddenTurns[] };

export function PreferenceView({ input, preferred, nonPreferred, hidden }: Props) {
  const prompt = (input ?? {}) as Input;
  return (
    <div className="space-y-4">
      <section aria-labelledby="pref-input" className="space-y-2">
        <h2 id="pref-input" className="text-xs font-semibold uppercase tracking-wide text-zinc-500">
          Input
        </h2>
        <ToolsSection tools={prompt.tools} parallelToolCalls={prompt.parallel_tool_calls} />
        <MessageList messages={prompt.messages} hidden={hiddenAt(hidden, "input", "messages")} />
      </section>
      <div className="grid gap-3 md:grid-cols-2">
        <Answer title="Preferred" tone="text-emerald-700" messages={preferred} />
        <Answer title="Non-preferred" tone="text-red-700" messages={nonPreferred} />
      </div>
    </div>
  );
}

function Answer({ title, tone, messages }: { title: string; tone: string; messages: unknown }) {
  const list = Array.isArray(messages) ? (messages as LooseMessage[]) : [];
  return (
    <section aria-label={`${title} output`} className="min-w-0 space-y-2">
      <h2 className={`text-xs font-semibold uppercase tracking-wide ${tone}`}>{title}</h2>
      {list.length ? list.map((m, i) => <MessageCard key={i} message={m} />) : <p className="text-sm text-zinc-500">No answer.</p>}
    </section>
  );
}
