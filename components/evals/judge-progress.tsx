import type { QueueProgress } from "@/lib/evals/judging-order";
import { formatCount } from "@/components/ui/format";
import { ProgressMeter } from "@/components/ui/progress-meter";

// "You judged 12 · 30 of 80 pairs have their 2 votes": the annotator's own share, and
// how far the evaluation is from having every pair judged as often as the lead asked.

export function JudgeProgress({ progress, votesPerPair }: { progress: QueueProgress; votesPerPair: number }) {
  const { pairs, judgedByMe, complete } = progress;
  const text = `You judged ${formatCount(judgedByMe)} · ${formatCount(complete)} of ${formatCount(pairs)} pairs have their ${formatCount(votesPerPair)} ${votesPerPair === 1 ? "vote" : "votes"}`;
  return <ProgressMeter label="Pairs with all their votes" value={complete} max={pairs} text={text} barClassName="w-24" />;
}
