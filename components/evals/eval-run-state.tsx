import type { EvalDetail } from "@/lib/evals/eval-view";
import { Notice } from "@/components/ui/notice";
import { EvalProgressBar } from "./eval-progress-bar";
import { MessageText } from "@/components/ui/message-text";

// Where the run stands: its progress, a pause the provider asked for, why it stopped,
// and the last calls that failed (with the provider's words).

const KIND_NAMES: Record<string, string> = { a: "Model A", b: "Model B", judge_ab: "Judge (A first)", judge_ba: "Judge (B first)" };

export function EvalRunState({ e }: { e: EvalDetail }) {
  return (
    <div className="space-y-3">
      <EvalProgressBar progress={e.progress} />
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-zinc-600">
        {e.progress.calls.map((c) => (
          <li key={c.kind}>
            {KIND_NAMES[c.kind] ?? c.kind}: {c.done} answered{c.failed ? `, ${c.failed} failed` : ""}
            {c.pending ? `, ${c.pending} waiting` : ""}
          </li>
        ))}
      </ul>
      {e.notBefore && e.status === "running" ? (
        <Notice tone="info">The provider asked to slow down (429): requests resume at {e.notBefore.toLocaleTimeString("en-GB")}.</Notice>
      ) : null}
      {e.error ? (
        <Notice tone="error">
          <MessageText text={e.error.explanation} />
          {e.error.message && !e.error.explanation.includes(e.error.message) ? <span className="block">The provider said: {e.error.message}</span> : null}
          <span className="block">Fix the cause, then resume: the answers stored so far are kept.</span>
        </Notice>
      ) : null}
      {e.failures.length ? (
        <details className="text-xs text-zinc-600">
          <summary className="cursor-pointer">Failed calls ({e.progress.failedCalls})</summary>
          <ul className="mt-1 space-y-0.5">
            {e.failures.map((f, i) => (
              <li key={i}>
                Example {f.position}, {KIND_NAMES[f.kind] ?? f.kind}: {f.message}
              </li>
            ))}
          </ul>
          <p className="mt-1">Resume retries them.</p>
        </details>
      ) : null}
    </div>
  );
}
