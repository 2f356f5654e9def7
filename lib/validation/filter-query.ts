import { ConversationFilterSchema, type ConversationFilter } from "./conversation-filter";

// The table's filter as a query string, always written the same way: keys in the
// schema's order, empty ones left out. The statistics cache is keyed by it, and the
// statistics page and the table link to each other with it, so "this filter" means
// one string everywhere.

export const FILTER_KEYS = ConversationFilterSchema.keyof().options;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filter part of a table query (sort, direction, cursor and page size dropped). */
export function pickFilter(query: Partial<Record<FilterKey, unknown>>): ConversationFilter {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (query[key] !== undefined && query[key] !== "") out[key] = query[key];
  return out as ConversationFilter;
}

/** "status=approved&tokensMin=512"; "" for no filter. */
export function filterQueryString(filter: Partial<ConversationFilter>): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== "") q.set(key, String(value));
  }
  return q.toString();
}
