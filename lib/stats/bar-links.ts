import type { ConversationFilter } from "../validation/conversation-filter";
import { filterQueryString } from "../validation/filter-query";

// Where a bar of the statistics page leads: the table, filtered to the records behind
// the bar. The page's own filter is kept, so a bar's link shows the bar's count. A bar
// that the table's filter cannot express (a second label) gets no link rather than a
// link to other records.

export type RangeColumn = "tokens" | "assistantTokens" | "turns";
export type Facet = "status" | "label" | "language" | "system";

const BOUNDS = {
  tokens: ["tokensMin", "tokensMax"],
  assistantTokens: ["assistantTokensMin", "assistantTokensMax"],
  turns: ["turnsMin", "turnsMax"],
} as const satisfies Record<RangeColumn, readonly [keyof ConversationFilter, keyof ConversationFilter]>;

/** The table's address for a filter. */
export const tableHref = (datasetId: string, filter: Partial<ConversationFilter>) => {
  const qs = filterQueryString(filter);
  return `/datasets/${datasetId}${qs ? `?${qs}` : ""}`;
};

/** The statistics page's address for a filter. */
export const statsHref = (datasetId: string, filter: Partial<ConversationFilter>) => {
  const qs = filterQueryString(filter);
  return `/datasets/${datasetId}/stats${qs ? `?${qs}` : ""}`;
};

/**
 * The filter narrowed to values in [min, max) of a column. A range the filter already
 * has is intersected with the bin (the bin's count was taken inside it); null when
 * nothing is left of it. A max of Infinity means no upper bound.
 */
export function rangeFilter(filter: ConversationFilter, column: RangeColumn, min: number, max: number): ConversationFilter | null {
  const [minKey, maxKey] = BOUNDS[column];
  const lo = Math.max(min, (filter[minKey] as number | undefined) ?? 0);
  const hi = Math.min(max, (filter[maxKey] as number | undefined) ?? Infinity);
  if (lo >= hi) return null;
  return { ...filter, [minKey]: lo > 0 ? lo : undefined, [maxKey]: Number.isFinite(hi) ? hi : undefined };
}

/** The filter narrowed to one status, label, language or system prompt; null when it names another one already. */
export function facetFilter(filter: ConversationFilter, facet: Facet, value: string): ConversationFilter | null {
  const current = filter[facet];
  if (current !== undefined && current !== value) return null;
  return { ...filter, [facet]: value } as ConversationFilter;
}
