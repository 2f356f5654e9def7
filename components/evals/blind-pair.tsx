import type { BlindPair } from "@/lib/evals/blind-pair";
import { MessageList } from "@/components/review/message-list";
import { ToolsSection } from "@/components/review/tools-section";
import { AnswerBody } from "./blind-answer";

// One pair as an annotator judges it: the conversation so far with the tools it
// offered, the two answers side by side under neutral names, and the dataset's own
// reply folded away, to check facts after reading both.

export function BlindPairView({ pair }: { pair: BlindPair }) {
  const { prompt } = pair;
  // Legacy function definitions read as the tools they stand for.
  const tools = prompt.tools ?? prompt.functions?.map((f) => ({ type: "function", function: f }));
  return (
    <div className="space-y-4">
      <section aria-label="Prompt" className="space-y-2">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Prompt · pair #{pair.position}</h2>
        <ToolsSection tools={tools} parallelToolCalls={prompt.parallel_tool_calls} />
        <MessageList messages={prompt.messages} />
      </section>
      <div className="grid gap-3 md:grid-cols-2">
        <AnswerColumn title="Answer 1" side="left" tone="border-t-sky-400" answer={pair.left} />
        <AnswerColumn title="Answer 2" side="right" tone="border-t-violet-400" answer={pair.right} />
      </div>
      {pair.reference ? (
        <details className="group rounded-md border border-zinc-200 bg-white shadow-sm">
          <summary className="flex cursor-pointer list-none items-center justify-between gap-2 px-3 py-2 text-sm font-medium">
            <span>
              Reference answer <span className="font-normal text-zinc-500">(the dataset&apos;s own reply; read both answers first)</span>
            </span>
            <span aria-hidden className="text-xs text-zinc-500 group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="border-t border-zinc-200 p-3">
            <AnswerBody answer={pair.reference} />
          </div>
        </details>
      ) : null}
    </div>
  );
}

function AnswerColumn({ title, side, tone, answer }: { title: string; side: string; tone: string; answer: BlindPair["left"] }) {
  return (
    <section aria-label={title} className={`min-w-0 space-y-2 rounded-lg border border-t-4 border-zinc-200 bg-white p-3 shadow-sm ${tone}`}>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-600">
        {title} <span className="font-normal normal-case text-zinc-500">({side})</span>
      </h3>
      <AnswerBody answer={answer} />
    </section>
  );
}
