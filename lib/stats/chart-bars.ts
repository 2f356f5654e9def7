import type { ConversationFilter } from "../validation/conversation-filter";
import { STATUS_LABELS } from "../validation/statuses";
import { facetFilter, rangeFilter, tableHref, type Facet, type RangeColumn } from "./bar-links";
import type { DatasetStats, Histogram } from "./stats-types";

// The statistics as the bars the charts draw and the figures tables list: each with
// its words, its count and share, and the table link of the records behind it (null
// when the table's filter cannot express it). Built on the server, handed to the
// client charts as plain data.

export type ChartBar = {
  key: string;
  /** Short, for an axis. */
  label: string;
  /** In full, for the tooltip and the figures table. */
  name: string;
  count: number;
  share: number;
  href: string | null;
  color?: string;
};

const count = new Intl.NumberFormat("en");
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

export const STATUS_COLORS: Record<string, string> = {
  pending: "#a1a1aa",
  approved: "#10b981",
  rejected: "#ef4444",
  needs_changes: "#f59e0b",
  duplicate: "#8b5cf6",
};

/** "512 to 767 tokens", "1 turn", "0 to 9 turns". */
function binName(min: number, max: number, unit: string): string {
  const last = max - 1;
  const plural = last === 1 && min === 1 ? unit.replace(/s$/, "") : unit;
  return min === last ? `${count.format(min)} ${plural}` : `${count.format(min)} to ${count.format(last)} ${unit}`;
}

export function histogramBars(
  h: Histogram,
  total: number,
  column: RangeColumn,
  unit: string,
  ctx: { datasetId: string; filter: ConversationFilter },
): ChartBar[] {
  return h.bins.map((b) => {
    const f = rangeFilter(ctx.filter, column, b.min, b.max);
    return {
      key: `${b.min}-${b.max}`,
      label: compact.format(b.min),
      name: binName(b.min, b.max, unit),
      count: b.count,
      share: total ? b.count / total : 0,
      href: f && b.count > 0 ? tableHref(ctx.datasetId, f) : null,
    };
  });
}

function facetHref(ctx: { datasetId: string; filter: ConversationFilter }, facet: Facet, value: string, n: number): string | null {
  const f = facetFilter(ctx.filter, facet, value);
  return f && n > 0 ? tableHref(ctx.datasetId, f) : null;
}

export function statusBars(s: DatasetStats, ctx: { datasetId: string; filter: ConversationFilter }): ChartBar[] {
  // Under a status filter the other statuses are zero by definition: only the whole set shows its empty statuses.
  return s.statuses
    .filter((x) => !ctx.filter.status || x.status === ctx.filter.status)
    .map((x) => ({
      key: x.status,
      label: STATUS_LABELS[x.status],
      name: STATUS_LABELS[x.status],
      count: x.count,
      share: x.share,
      href: facetHref(ctx, "status", x.status, x.count),
      color: STATUS_COLORS[x.status],
    }));
}

export function labelBars(s: DatasetStats, ctx: { datasetId: string; filter: ConversationFilter }): ChartBar[] {
  return s.labels.map((l) => ({
    key: l.name,
    label: l.name,
    name: l.name,
    count: l.count,
    share: l.share,
    href: facetHref(ctx, "label", l.name, l.count),
    color: l.color,
  }));
}

export function languageBars(s: DatasetStats, ctx: { datasetId: string; filter: ConversationFilter }, nameOf: (code: string) => string): ChartBar[] {
  return s.languages.map((l) => ({
    key: l.code,
    label: nameOf(l.code),
    name: `${nameOf(l.code)} (${l.code})`,
    count: l.count,
    share: l.share,
    href: facetHref(ctx, "language", l.code, l.count),
  }));
}

export function systemPromptBars(s: DatasetStats, ctx: { datasetId: string; filter: ConversationFilter }): ChartBar[] {
  const bars: ChartBar[] = s.systemPrompts.top.map((p, i) => ({
    key: p.hash,
    label: `Prompt ${i + 1}`,
    name: p.text || "(a system prompt without text)",
    count: p.count,
    share: p.share,
    href: facetHref(ctx, "system", p.hash, p.count),
  }));
  const none = s.systemPrompts.none;
  if (none.count > 0)
    bars.push({
      key: "none",
      label: "None",
      name: "No system prompt",
      count: none.count,
      share: none.share,
      href: facetHref(ctx, "system", "none", none.count),
      color: "#a1a1aa",
    });
  return bars;
}
