// The table's whole state is its URL query, so a copied link reopens the same view.
// These helpers compute the next query from the current one; shared by the server
// page (export links) and the client table (filters, sort, paging).

import { FILTER_KEYS, type FilterKey } from "@/lib/validation/conversation-filter";

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
export function exportQuery(filter: Partial<Record<FilterKey, string | number | undefined>>): string {
  const q = new URLSearchParams();
  q.set("status", String(filter.status || "all"));
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    // Invalid lines are never exported, so that filter has no export equivalent.
    if (key !== "status" && key !== "invalid" && value !== undefined && value !== "") q.set(key, String(value));
  }
  return q.toString();
}

/** The query string of a filter, for links to the table or the statistics page. */
export function filterQuery(filter: Partial<Record<FilterKey, string | number | undefined>>): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== "") q.set(key, String(value));
  }
  return q.toString();
}
