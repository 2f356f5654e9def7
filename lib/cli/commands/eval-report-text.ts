import type { EvalDetail } from "../../evals/eval-view";
import { formatInterval } from "../../evals/format-interval";
import { EVAL_STATUS_LABELS } from "../../evals/eval-vocabulary";

// The report as the CLI prints it: the same figures as the page, each with its interval.

export function printReport(e: EvalDetail): void {
  const s = e.summary;
  const out: string[] = [];
  out.push(`${e.name}  (${EVAL_STATUS_LABELS[e.status]}, ${e.id})`);
  out.push(`A (baseline): ${e.modelA}    B (candidate): ${e.modelB}${e.judgeModel ? `    judge: ${e.judgeModel}` : ""}`);
  out.push(`${e.examples} examples; ${e.progress.doneCalls}/${e.progress.totalCalls} calls done, ${e.progress.failedCalls} failed`);
  if (e.error) out.push(`Stopped: ${e.error.explanation}`);
  out.push("");
  const row = (label: string, a: string, b: string) => out.push(`${label.padEnd(22)}${a.padEnd(32)}${b}`);
  row("", "A", "B");
  row("exact match", formatInterval(s.scores.a.exactMatch), formatInterval(s.scores.b.exactMatch));
  row("token F1", formatInterval(s.scores.a.f1, { percent: false }), formatInterval(s.scores.b.f1, { percent: false }));
  if (s.scores.a.toolName || s.scores.b.toolName) {
    row("tool name", formatInterval(s.scores.a.toolName), formatInterval(s.scores.b.toolName));
    row("tool arguments", formatInterval(s.scores.a.toolArguments), formatInterval(s.scores.b.toolArguments));
  }
  row("answer words", formatInterval(s.scores.a.words, { percent: false, digits: 1 }), formatInterval(s.scores.b.words, { percent: false, digits: 1 }));
  row("refusals", formatInterval(s.scores.a.refusals), formatInterval(s.scores.b.refusals));
  const wins = (
    label: string,
    w: { judged: number; aRate: Parameters<typeof formatInterval>[0]; bRate: Parameters<typeof formatInterval>[0]; ties: number; bothBad: number } | null,
    extra = "",
  ) => {
    if (!w || w.judged === 0) return;
    row(`win rate (${label})`, formatInterval(w.aRate), `${formatInterval(w.bRate)}  ties ${w.ties}, both bad ${w.bothBad}${extra}`);
  };
  wins("judge", s.judge, s.judge?.consistency ? `, orders agree ${formatInterval(s.judge.consistency)}` : "");
  wins("annotators", s.human, s.human ? `, ${s.human.votes} votes, Fleiss κ ${s.human.fleiss === null ? "n/a" : s.human.fleiss.toFixed(2)}` : "");
  wins("overall", s.overall);
  if (s.losses.length) out.push("", `Model B lost on ${s.losses.length} examples; see /evals/${e.id}?view=losses to send them back for review.`);
  console.log(out.join("\n"));
}
