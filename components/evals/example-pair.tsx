import Link from "next/link";
import type { EvalExampleView } from "@/lib/evals/eval-view";
import type { Answer } from "@/lib/evals/eval-types";
import { answerMessage } from "@/lib/evals/send-back-record";
import { Badge } from "@/components/ui/badge";
import { LabelChip } from "@/components/ui/label-chip";
import { MessageCard } from "@/components/review/message-card";
import { MessageList } from "@/components/review/message-list";
import { ToolsSection } from "@/components/review/tools-section";
import { SendBackButton } from "./send-back-button";

// One example side by side: the prompt (folded but for its last turn), the reference,
// and both models' answers with their scores, then what the judge and the annotators
// said. A losing example can be sent back to the training data from here.

const WINNER: Record<string, string> = { a: "A won", b: "B won", tie: "Tie", both_bad: "Both bad" };
const SOURCE: Record<string, string> = { human: "annotators", judge: "LLM judge", scores: "automatic scores" };

export function ExamplePair({ example, evaluationId, canSendBack }: { example: EvalExampleView; evaluationId: string; canSendBack: boolean }) {
  const messages = example.prompt.messages;
  const earlier = messages.slice(0, -1);
  const last = messages.at(-1);
  const { verdict } = example;
  return (
    <article aria-label={`Example ${example.position}`} className="space-y-3 rounded-lg border border-zinc-200 bg-zinc-50/50 p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold">Example {example.position}</span>
          <Link href={`/conversations/${example.conversationId}`} className="text-xs text-zinc-500 hover:underline">
            from record #{example.conversationId}
          </Link>
          {example.labels.map((l) => (
            <LabelChip key={l} name={l} color="#a1a1aa" />
          ))}
          {verdict.winner ? (
            <Badge tone={verdict.winner === "b" ? "green" : verdict.winner === "a" ? "red" : "gray"}>
              {WINNER[verdict.winner]} · {SOURCE[verdict.source ?? ""] ?? ""}
            </Badge>
          ) : null}
        </div>
        {canSendBack && verdict.winner === "a" ? (
          <SendBackButton evaluationId={evaluationId} exampleId={example.exampleId} sentBackId={example.sentBackId} position={example.position} />
        ) : example.sentBackId ? (
          <Link href={`/conversations/${example.sentBackId}`} className="text-xs text-emerald-700 underline">
            Sent back as record #{example.sentBackId}
          </Link>
        ) : null}
      </header>
      <ToolsSection tools={example.prompt.tools} parallelToolCalls={example.prompt.parallel_tool_calls} />
      {earlier.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-xs text-zinc-600">Earlier turns ({earlier.length})</summary>
          <div className="mt-2">
            <MessageList messages={earlier} />
          </div>
        </details>
      ) : null}
      {last ? <MessageCard message={last} /> : null}
      <div className="grid gap-3 lg:grid-cols-3">
        <AnswerColumn title="Reference" answer={example.reference} />
        <AnswerColumn title="A (baseline)" side={example.a} />
        <AnswerColumn title="B (candidate)" side={example.b} />
      </div>
      {example.judge || example.votes.notes.length || example.votes.a + example.votes.b + example.votes.tie + example.votes.both_bad ? (
        <footer className="space-y-1 text-xs text-zinc-600">
          {example.judge ? (
            <p>
              Judge: {example.judge.winner ? WINNER[example.judge.winner] : "no verdict"}
              {example.judge.consistent === false ? " (the two orders disagreed)" : ""}.{" "}
              {example.judge.reasons.map((r, i) => (
                <span key={i} className="block text-zinc-500">
                  “{r}”
                </span>
              ))}
            </p>
          ) : null}
          {example.votes.a + example.votes.b + example.votes.tie + example.votes.both_bad ? (
            <p>
              Annotators: A {example.votes.a} · B {example.votes.b} · tie {example.votes.tie} · both bad {example.votes.both_bad}
              {example.votes.notes.map((n, i) => (
                <span key={i} className="block text-zinc-500">
                  Note: {n}
                </span>
              ))}
            </p>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}

type Side = EvalExampleView["a"];

function AnswerColumn({ title, answer, side }: { title: string; answer?: Answer; side?: Side }) {
  const shown = answer ?? side?.answer ?? null;
  return (
    <section aria-label={title} className="min-w-0 space-y-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      {shown ? (
        <MessageCard message={answerMessage(shown)} />
      ) : (
        <p className="text-sm text-zinc-500">{side?.error ? `Failed: ${side.error}` : "No answer yet."}</p>
      )}
      {side?.scores ? (
        <p className="text-xs text-zinc-600 tabular-nums">
          F1 {side.scores.f1.toFixed(2)} · {side.scores.exactMatch ? "exact match" : "not exact"}
          {side.scores.toolCall ? ` · tool ${side.scores.toolCall.name ? "name ✓" : "name ✗"} ${side.scores.toolCall.arguments ? "args ✓" : "args ✗"}` : ""}
          {side.scores.refusal ? " · refusal" : ""} · {side.scores.words} words
          {side.latencyMs !== null ? ` · ${side.latencyMs} ms` : ""}
          {shown?.finishReason === "length" ? " · cut at max tokens" : ""}
        </p>
      ) : null}
    </section>
  );
}
