"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useOptimistic, useTransition } from "react";
import type { ConversationFilter, Sort } from "@/lib/validation/conversation-filter";
import { FILTER_KEYS, nextQuery, type FilterKey, type QueryChanges } from "./table-query";

export type Navigate = (changes: QueryChanges, opts?: { replace?: boolean }) => void;

/** What the controls show: the server's view, with a change in flight applied ahead of it. */
export type TableView = { filter: ConversationFilter; sort: Sort; dir: "asc" | "desc"; limit: number };

// Every table control changes the URL and lets the server page re-render the rows.
// The transition keeps the old rows on screen (dimmed) until the new ones arrive, and
// the optimistic view makes a checkbox or select show its new value straight away.
export function useTableNavigation(serverView: TableView) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [view, applyOptimistic] = useOptimistic(serverView, applyChanges);

  const navigate = useCallback<Navigate>(
    (changes, opts) => {
      // Read the address bar rather than the hook's value: two quick changes in a row
      // (a search, then a status) must both survive.
      const current = typeof window === "undefined" ? params.toString() : window.location.search;
      const qs = nextQuery(current, changes);
      const url = qs ? `${pathname}?${qs}` : pathname;
      startTransition(() => {
        applyOptimistic(changes);
        if (opts?.replace) router.replace(url, { scroll: false });
        else router.push(url, { scroll: false });
      });
    },
    [params, pathname, router, applyOptimistic],
  );

  return { navigate, pending, view, query: params.toString() };
}

function applyChanges(view: TableView, changes: QueryChanges): TableView {
  const next: TableView = { ...view, filter: { ...view.filter } };
  for (const [key, raw] of Object.entries(changes)) {
    const value = raw || undefined;
    if ((FILTER_KEYS as readonly string[]).includes(key)) (next.filter as Record<FilterKey, unknown>)[key as FilterKey] = value;
    else if (key === "sort") next.sort = (value ?? "created") as Sort;
    else if (key === "dir") next.dir = value === "asc" ? "asc" : "desc";
    else if (key === "limit") next.limit = value ? Number(value) : 50;
  }
  return next;
}
