import type { JobEstimate } from "@/lib/fine-tunes/estimate";
import { formatUsd } from "@/components/preflight/token-budget";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { formatCount } from "@/components/ui/format";

// Tokens, epochs and cost of one job, before it is launched.
export function EstimateView({
  estimate,
  tokens,
  overLimit,
  maxTokensPerExample,
}: {
  estimate: JobEstimate;
  tokens: { min: number; p50: number; p90: number; max: number; total: number };
  overLimit: number;
  maxTokensPerExample: number;
}) {
  const rows: Fact[] = [
    ["Training tokens", `${formatCount(tokens.total)} (median ${formatCount(tokens.p50)}, max ${formatCount(tokens.max)} per example)`],
    [`Over ${formatCount(maxTokensPerExample)}`, overLimit ? <span className="text-amber-800">{formatCount(overLimit)} (truncated in training)</span> : "0"],
    [estimate.epochsEstimated ? "Epochs (auto)" : "Epochs", formatCount(estimate.epochs)],
    ["Billed tokens", formatCount(estimate.billedTokens)],
    [
      "Estimated cost",
      <strong key="cost" data-testid="estimated-cost">
        {estimate.costUsd === null ? "unknown" : formatUsd(estimate.costUsd)}
      </strong>,
    ],
  ];
  return (
    <div>
      <FactList facts={rows} aria-label="Estimate" className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs" />
      <p className="mt-1 text-xs text-zinc-500">{estimate.priceNote}</p>
    </div>
  );
}
