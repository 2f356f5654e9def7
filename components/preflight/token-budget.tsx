import Link from "next/link";
import type { DatasetPreflight } from "@/lib/preflight/dataset-report";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { formatCount } from "@/components/ui/format";

// Tokens, epochs and the estimated training cost, as OpenAI's data-prep notebook
// estimates them: each example truncated to the model's limit, times the epochs
// OpenAI picks when n_epochs is "auto".

const usd = new Intl.NumberFormat("en", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatUsd(amount: number): string {
  return amount > 0 && amount < 0.01 ? "< $0.01" : usd.format(amount);
}

export function TokenBudgetView({ preflight: p, overLimitHref }: { preflight: DatasetPreflight; overLimitHref?: string }) {
  const t = p.tokens;
  const rows: Fact[] = [
    ["Tokens", formatCount(t.total)],
    ["Per example", `min ${formatCount(t.min)} · median ${formatCount(t.p50)} · p90 ${formatCount(t.p90)} · max ${formatCount(t.max)}`],
    [
      `Over ${formatCount(p.model.maxTokensPerExample)}`,
      t.overLimit && overLimitHref ? (
        <Link href={overLimitHref} className="text-amber-800 underline">
          {formatCount(t.overLimit)} (truncated in training)
        </Link>
      ) : (
        formatCount(t.overLimit)
      ),
    ],
    ["Epochs (auto)", formatCount(t.epochs)],
    ["Billed tokens", formatCount(t.billedTokens)],
    ["Estimated cost", <strong key="cost">{formatUsd(t.estimatedCostUsd)}</strong>],
  ];
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Token budget</h3>
      <FactList
        facts={rows}
        aria-label="Token budget"
        className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs"
        valueClassName="tabular-nums text-zinc-900"
      />
      <p className="mt-1 text-[11px] text-zinc-500">
        {p.model.encoding} counts; training at ${p.model.trainingUsdPer1MTokens} per 1M tokens (OpenAI&apos;s price as of {p.model.priceAsOf}).
      </p>
    </div>
  );
}
