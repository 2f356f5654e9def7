"use client";

import type { ConversationFilter, Sort } from "@/lib/validation/conversation-filter";
import { STATUS_LABELS, STATUSES } from "@/lib/validation/statuses";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { plural } from "@/components/ui/format";
import Link from "next/link";
import { statsHref } from "@/lib/stats/bar-links";
import { CLEAR_FILTERS } from "./table-query";
import type { Navigate } from "./use-table-navigation";
import { SearchBox } from "./data-table-search";
import type { LabelOption, LanguageOption } from "./quality-filters";
import { FilterChips } from "./filter-chips";
import { FilterMenu } from "./filter-menu";

// Search, filters and sort of the conversations table. Every control writes the URL.
// Search and status are always in view; the other filters wait in the "+ Filter" menu
// and show as removable chips once set.

type Props = {
  datasetId: string;
  filter: ConversationFilter;
  labels: LabelOption[];
  languages: LanguageOption[];
  total: number;
  sort: Sort;
  dir: "asc" | "desc";
  navigate: Navigate;
};

const SORT_LABELS: Record<Sort, string> = { created: "Created", updated: "Updated", turns: "Turns", tokens: "Tokens", status: "Status" };

export function DataTableToolbar({ datasetId, filter, labels, languages, total, sort, dir, navigate }: Props) {
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== "");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox q={filter.q ?? ""} navigate={navigate} />
        <select aria-label="Status" value={filter.status ?? ""} onChange={(e) => navigate({ status: e.target.value })} className={inputClasses("w-40")}>
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {/* The menu before the chips, so adding one does not move the open panel. */}
        <FilterMenu filter={filter} labels={labels} languages={languages} navigate={navigate} />
        <FilterChips filter={filter} navigate={navigate} />
        {filtered ? (
          <Button variant="ghost" onClick={() => navigate(CLEAR_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-zinc-600" aria-live="polite">
          <span className="font-medium text-zinc-900">{plural(total, "conversation")}</span>
          {filtered ? (total === 1 ? " matches these filters" : " match these filters") : ""}
          {filtered ? (
            <>
              <span className="text-zinc-500"> · </span>
              <Link href={statsHref(datasetId, filter)} className="text-indigo-700 underline decoration-indigo-200 hover:decoration-indigo-500">
                Statistics for this filter
              </Link>
            </>
          ) : null}
          {filter.invalid === "1" ? (
            <>
              <span className="text-zinc-500"> · </span>
              {/* A download, not a page: every invalid line of the dataset, byte for byte as imported. */}
              <a
                href={`/api/v1/datasets/${datasetId}/invalid-lines`}
                download
                className="text-indigo-700 underline decoration-indigo-200 hover:decoration-indigo-500"
              >
                Download invalid lines as imported
              </a>
            </>
          ) : null}
        </p>
        <div className="flex items-center gap-2 text-xs text-zinc-500">
          <label htmlFor="table-sort">Sort by</label>
          <select
            id="table-sort"
            value={sort}
            onChange={(e) => navigate({ sort: e.target.value === "created" ? null : e.target.value })}
            className={inputClasses("w-28", "sm")}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <label htmlFor="table-dir" className="sr-only">
            Order
          </label>
          <select
            id="table-dir"
            value={dir}
            onChange={(e) => navigate({ dir: e.target.value === "desc" ? null : e.target.value })}
            className={inputClasses("w-32", "sm")}
          >
            <option value="desc">Descending</option>
            <option value="asc">Ascending</option>
          </select>
        </div>
      </div>
    </div>
  );
}
