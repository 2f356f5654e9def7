import Link from "next/link";
import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import type { DatasetStats, Histogram } from "@/lib/stats/stats-types";
import { histogramBars } from "@/lib/stats/chart-bars";
import { rangeFilter, tableHref, type RangeColumn } from "@/lib/stats/bar-links";
import { formatCount, plural } from "@/components/ui/format";
import { modelLabel } from "@/components/datasets/model-options";
import { HistogramChart } from "./histogram-chart";
import { EmptyChart, FiguresTable, StatsPanel } from "./stats-panel";

// How long the records are: total tokens (against the target model's per-example
// limit), assistant tokens and turns.

export type StatsContext = { datasetId: string; filter: ConversationFilter };

const OVER_LIMIT = "#ef4444";

/** Why a histogram has no bars, or what it leaves out. */
function countingNote(h: Histogram, stats: DatasetStats, what: string): string | null {
  if (h.missing === 0) return null;
  if (stats.pendingChecks > 0) return `${plural(h.missing, "record")} not counted yet: counting is running in the background.`;
  return `${plural(h.missing, "record")} without ${what} (invalid lines cannot be counted).`;
}

function emptyNote(stats: DatasetStats): string {
  if (stats.total === 0) return "No records match this filter.";
  if (stats.pendingChecks > 0) return `No counted records yet: counting is running for ${plural(stats.pendingChecks, "record")}.`;
  return "None of these records can be counted: they are invalid lines.";
}

type Props = { stats: DatasetStats; ctx: StatsContext; targetModel: string };

export function TokensPanel({ stats, ctx, targetModel }: Props) {
  const { limit } = stats;
  const bars = histogramBars(stats.tokens, stats.total, "tokens", "tokens", ctx).map((b, i) =>
    limit && stats.tokens.bins[i].min > limit.maxTokensPerExample ? { ...b, color: OVER_LIMIT } : b,
  );
  const firstOver = limit ? stats.tokens.bins.findIndex((b) => b.min > limit.maxTokensPerExample) : -1;
  const overFilter = limit ? rangeFilter(ctx.filter, "tokens", limit.maxTokensPerExample + 1, Infinity) : null;
  const model = limit ? modelLabel(limit.model) : modelLabel(targetModel);
  return (
    <StatsPanel id="tokens" title="Tokens per record" description={`Every message and tool call, counted as the fine-tuning API counts them for ${model}.`}>
      {stats.tokens.counted === 0 ? (
        <EmptyChart>{emptyNote(stats)}</EmptyChart>
      ) : (
        <HistogramChart
          name="Tokens per record"
          bars={bars}
          color="#6366f1"
          limit={firstOver > 0 && limit ? { key: bars[firstOver].key, label: `${model} limit: ${formatCount(limit.maxTokensPerExample)}` } : undefined}
        />
      )}
      <p className="text-xs text-zinc-600">
        {!limit ? (
          `Tuneset does not know the per-example limit of ${targetModel}, so no limit is drawn.`
        ) : limit.over > 0 ? (
          <>
            <span className="font-medium text-red-700">{plural(limit.over, "record")} over the limit</span> of {formatCount(limit.maxTokensPerExample)} tokens
            per example: OpenAI truncates them in training.{" "}
            {overFilter ? (
              <Link href={tableHref(ctx.datasetId, overFilter)} className="text-indigo-700 underline decoration-indigo-200 hover:decoration-indigo-500">
                Show them
              </Link>
            ) : null}
          </>
        ) : stats.tokens.counted > 0 ? (
          `Every counted record is within ${model}'s limit of ${formatCount(limit.maxTokensPerExample)} tokens per example.`
        ) : null}
        {stats.tokens.counted > 0 && countingNote(stats.tokens, stats, "a token count") ? ` ${countingNote(stats.tokens, stats, "a token count")}` : null}
      </p>
      <FiguresTable name="Tokens per record, figures" bars={bars} nameHeader="Tokens" />
    </StatsPanel>
  );
}

type HistogramPanelProps = {
  stats: DatasetStats;
  ctx: StatsContext;
  column: Exclude<RangeColumn, "tokens">;
  title: string;
  description: string;
  unit: string;
  color: string;
};

export function HistogramPanel({ stats, ctx, column, title, description, unit, color }: HistogramPanelProps) {
  const h = stats[column];
  const bars = histogramBars(h, stats.total, column, unit, ctx);
  const note = h.counted > 0 ? countingNote(h, stats, `${unit === "turns" ? "a turn count" : "an assistant token count"}`) : null;
  return (
    <StatsPanel id={column} title={title} description={description}>
      {h.counted === 0 ? <EmptyChart>{emptyNote(stats)}</EmptyChart> : <HistogramChart name={title} bars={bars} color={color} />}
      {note ? <p className="text-xs text-zinc-600">{note}</p> : null}
      <FiguresTable name={`${title}, figures`} bars={bars} nameHeader={unit === "turns" ? "Turns" : "Tokens"} />
    </StatsPanel>
  );
}
