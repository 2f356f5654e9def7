import type { ConversationFilter } from "@/lib/validation/conversation-filter";
import { FILTER_KEYS, type FilterKey } from "@/lib/validation/filter-query";

// The table's whole state is its URL query, so a copied link reopens the same view.
// These helpers compute the next query from the current one; shared by the server
// page (export links) and the client table (filters, sort, paging).

// Every filter of the schema, including those only links set (ranges from the statistics page).
export { FILTER_KEYS, type FilterKey };

export type QueryChanges = Record<string, string | null | undefined>;

/**
 * Applies changes to a query (null/undefined/"" removes a key). Any change other than
 * moving the cursor invalidates the cursor: it points into the old ordering.
 */
export function nextQuery(current: URLSearchParams | string, changes: QueryChanges): string {
  const q = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") q.delete(key);
    else q.set(key, value);
  }
  if (!("cursor" in changes)) q.delete("cursor");
  return q.toString();
}

/** Removes every filter and keeps the sort and page size. */
export const CLEAR_FILTERS: QueryChanges = Object.fromEntries(FILTER_KEYS.map((k) => [k, null]));

/** The query minus paging and sort: what "clear filters" keeps and exports use. */
export function hasFilters(q: URLSearchParams): boolean {
  return FILTER_KEYS.some((k) => q.get(k));
}

/** Query string of the export route for the table's current filter (status=all unless filtered). */
export function exportQuery(filter: Partial<ConversationFilter>): string {
  const q = new URLSearchParams();
  q.set("status", filter.status || "all");
  // Every other filter but "invalid": invalid lines are never exported.
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (key !== "status" && key !== "invalid" && value !== undefined && value !== "") q.set(key, String(value));
  }
  return q.toString();
}
