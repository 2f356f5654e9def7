import type { EvalSummary } from "@/lib/evals/summarize";
import { IntervalCell } from "./interval-cell";

// How far the judgements can be trusted: agreement between annotators (Fleiss' kappa
// over every pair judged more than once, Cohen's for each pair of annotators) and how
// often the LLM judge picks the same answer whichever order it sees them in.

const strength = (k: number) =>
  k < 0 ? "worse than chance" : k < 0.2 ? "slight" : k < 0.4 ? "fair" : k < 0.6 ? "moderate" : k < 0.8 ? "substantial" : "almost perfect";

export function Agreement({ summary, names }: { summary: EvalSummary; names: Record<string, string> }) {
  const human = summary.human;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[14rem_1fr]">
      <dt className="text-zinc-500">Annotators agree (Fleiss&apos; κ)</dt>
      <dd>
        {human?.fleiss === null || human?.fleiss === undefined ? (
          <span className="text-zinc-500">Not yet: it needs pairs judged by two annotators or more (set annotators per pair above 1).</span>
        ) : (
          <span>
            <span className="font-medium tabular-nums">{human.fleiss.toFixed(2)}</span> <span className="text-zinc-500">({strength(human.fleiss)})</span>
          </span>
        )}
        {human?.cohen.length ? (
          <ul className="mt-1 space-y-0.5 text-xs text-zinc-600">
            {human.cohen.map((c) => (
              <li key={c.users.join("|")}>
                Cohen&apos;s κ {names[c.users[0]] ?? "?"} and {names[c.users[1]] ?? "?"}: {c.kappa === null ? "n/a" : c.kappa.toFixed(2)} over {c.items} pairs
              </li>
            ))}
          </ul>
        ) : null}
      </dd>
      <dt className="text-zinc-500">Judge agrees with itself across orders</dt>
      <dd>{summary.judge ? <IntervalCell value={summary.judge.consistency} /> : <span className="text-zinc-500">No judge in this run.</span>}</dd>
    </dl>
  );
}
