import type { Answer } from "@/lib/evals/eval-types";
import { MessageContent } from "@/components/review/content-parts";
import { ToolCallView } from "@/components/review/tool-call-view";

// One answer as a judge reads it: the text as markdown, an explicit refusal, the tool
// calls with their arguments, and a word when the provider cut it short, since a
// truncated answer is judged differently from a complete one.

const FINISH_NOTES: Record<string, string> = {
  length: "Cut off at the token limit.",
  content_filter: "Stopped by the provider's content filter.",
};

export function AnswerBody({ answer }: { answer: Answer }) {
  const empty = !answer.content && !answer.toolCalls.length && !answer.refusal;
  const finish = answer.finishReason ? FINISH_NOTES[answer.finishReason] : undefined;
  return (
    <div className="space-y-2">
      {answer.content ? <MessageContent content={answer.content} /> : null}
      {answer.refusal ? (
        <p className="rounded border border-amber-200 bg-amber-50 p-2 text-sm">
          <span className="font-medium">Refusal: </span>
          {answer.refusal}
        </p>
      ) : null}
      {answer.toolCalls.map((call, i) => (
        <ToolCallView key={i} call={{ type: "function", function: { name: call.name, arguments: call.arguments } }} />
      ))}
      {empty ? <p className="text-sm italic text-zinc-500">No text and no tool call.</p> : null}
      {finish ? <p className="text-xs font-medium text-amber-800">{finish}</p> : null}
    </div>
  );
}
