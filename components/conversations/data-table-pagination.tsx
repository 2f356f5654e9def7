"use client";

import type { ReactTable } from "@tanstack/react-table";
import type { ConversationRow } from "@/lib/validation/conversation-row";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { plural } from "@/components/ui/format";
import type { tableFeatureSet } from "./table-features";
import type { Navigate } from "./use-table-navigation";

// Keyset paging: the server hands out cursors for the pages before and after this one,
// so there are no page numbers, and page 2,000 loads as fast as page 1.

const PAGE_SIZES = [25, 50, 100];

type Props = {
  table: ReactTable<typeof tableFeatureSet, ConversationRow>;
  next: string | null;
  prev: string | null;
  rowsOnPage: number;
  navigate: Navigate;
};

export function DataTablePagination({ table, next, prev, rowsOnPage, navigate }: Props) {
  const pageSize = table.state.pagination.pageSize;
  const sizes = PAGE_SIZES.includes(pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  const atStart = prev === null;
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600">
      <p>{rowsOnPage ? `${plural(rowsOnPage, "row")} on this page` : ""}</p>
      <div className="flex items-center gap-2">
        <label htmlFor="table-page-size" className="text-xs text-zinc-500">
          Rows per page
        </label>
        <select id="table-page-size" value={pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))} className={inputClasses("w-20", "sm")}>
          {sizes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <Button size="sm" variant="ghost" disabled={atStart} onClick={() => navigate({ cursor: null })}>
          First page
        </Button>
        <Button size="sm" disabled={!prev} onClick={() => prev && navigate({ cursor: prev })}>
          Previous
        </Button>
        <Button size="sm" disabled={!next} onClick={() => next && navigate({ cursor: next })}>
          Next
        </Button>
      </div>
    </nav>
  );
}
