import { checkInteger } from "./param-checks";
import { InvalidRequest } from "./openai-errors";

// Cursor pages as the provider serves lists: `limit` items after the one named by
// `after` (the id the SDK sends from the last item of the previous page), and
// `has_more` while items remain. An `after` that names nothing gives an empty page.

export function readLimit(query: URLSearchParams, fallback: number, max: number): number {
  const raw = query.get("limit");
  if (raw === null || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new InvalidRequest(`Invalid type for 'limit': expected an integer, but got '${raw}' instead.`, "limit", "invalid_type");
  return checkInteger("limit", n, 1, max);
}

export function cursorPage<T extends { id: string }>(items: T[], after: string | null, limit: number): { data: T[]; has_more: boolean } {
  const start = after ? items.findIndex((i) => i.id === after) + 1 : 0;
  if (after && start === 0) return { data: [], has_more: false };
  return { data: items.slice(start, start + limit), has_more: start + limit < items.length };
}

/** The page a list request asks for with its `after` and `limit` query parameters. */
export function queryPage<T extends { id: string }>(items: T[], query: URLSearchParams, fallbackLimit: number, maxLimit: number) {
  return cursorPage(items, query.get("after"), readLimit(query, fallbackLimit, maxLimit));
}

/** A page as the files and checkpoints lists answer it: with the ids of its first and last items. */
export function listWithEnds<T extends { id: string }>(page: { data: T[]; has_more: boolean }) {
  return { object: "list", data: page.data, first_id: page.data[0]?.id ?? null, last_id: page.data.at(-1)?.id ?? null, has_more: page.has_more };
}
