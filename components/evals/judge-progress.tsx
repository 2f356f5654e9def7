import type { QueueProgress } from "@/lib/eval/judging-order";
import { formatCount } from "@/components/ui/format";

// "You judged 12 · 30 of 80 pairs have their 2 votes": the annotator's own share, and
// how far the evaluation is from having every pair judged as often as the lead asked.

export function JudgeProgress({ progress, votesPerPair }: { progress: QueueProgress; votesPerPair: number }) {
  const { pairs, judgedByMe, complete } = progress;
  const pct = pairs ? Math.round((complete / pairs) * 100) : 0;
  return (
    <div className="flex min-w-64 items-center gap-2 text-sm">
      <div
        role="progressbar"
        aria-label="Pairs with all their votes"
        aria-valuemin={0}
        aria-valuemax={pairs}
        aria-valuenow={complete}
        className="h-2 w-24 shrink-0 overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full rounded-full bg-emerald-500 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span className="tabular-nums text-zinc-700">
        You judged {formatCount(judgedByMe)} · {formatCount(complete)} of {formatCount(pairs)} pairs have their {formatCount(votesPerPair)}{" "}
        {votesPerPair === 1 ? "vote" : "votes"}
      </span>
    </div>
  );
}
