"use client";

import { functionalUpdate, useTable, type PaginationState, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { ConversationRow } from "@/lib/validation/conversation-row";
import type { ConversationFilter, Sort } from "@/lib/validation/conversation-filter";
import { conversationColumns, tableFeatureSet } from "./columns";
import { DataTableToolbar, type LabelOption } from "./data-table-toolbar";
import { DataTablePagination } from "./data-table-pagination";
import { Button } from "@/components/ui/button";
import { useTableNavigation } from "./use-table-navigation";
import { CLEAR_FILTERS } from "./table-query";
import type { LanguageOption } from "./quality-filters";
import { BulkBar } from "./bulk-bar";

// The conversations table. The server page has already filtered, sorted and paged the
// rows (keyset cursors); this component renders them and turns every interaction into
// a URL change. Defaults (newest first, 50 rows) are left out of the URL.

type Props = {
  datasetId: string;
  rows: ConversationRow[];
  total: number;
  next: string | null;
  prev: string | null;
  sort: Sort;
  dir: "asc" | "desc";
  limit: number;
  filter: ConversationFilter;
  labels: LabelOption[];
  languages: LanguageOption[];
  /** Whether the user's role may run bulk changes: without it there is nothing to select rows for. */
  canBulk: boolean;
};

const withoutSelection = conversationColumns.filter((c) => c.id !== "select");

export function DataTable({ datasetId, rows, total, next, prev, sort, dir, limit, filter, labels, languages, canBulk }: Props) {
  const serverView = useMemo(() => ({ filter, sort, dir, limit }), [filter, sort, dir, limit]);
  const { navigate, pending, query, view } = useTableNavigation(serverView);
  const sorting = useMemo<SortingState>(() => [{ id: view.sort, desc: view.dir === "desc" }], [view.sort, view.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: 0, pageSize: view.limit }), [view.limit]);
  // Selection belongs to one view: a new filter, sort or page starts empty.
  const [selection, setSelection] = useState<{ query: string; rows: RowSelectionState }>({ query, rows: {} });
  const rowSelection = selection.query === query ? selection.rows : {};

  const table = useTable({
    features: tableFeatureSet,
    columns: canBulk ? conversationColumns : withoutSelection,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: total,
    enableRowSelection: canBulk,
    state: { sorting, pagination, rowSelection },
    onRowSelectionChange: (updater) => setSelection({ query, rows: functionalUpdate(updater, rowSelection) }),
    onSortingChange: (updater) => {
      const [s] = functionalUpdate(updater, sorting);
      if (!s) return;
      navigate({ sort: s.id === "created" ? null : s.id, dir: s.desc ? null : "asc" });
    },
    onPaginationChange: (updater) => {
      const { pageSize } = functionalUpdate(updater, pagination);
      if (pageSize !== view.limit) navigate({ limit: pageSize === 50 ? null : String(pageSize) });
    },
    meta: { backQuery: query, datasetId },
  });

  const filtered = Object.values(filter).some((v) => v !== undefined && v !== "");

  return (
    <div className="space-y-2">
      <DataTableToolbar
        datasetId={datasetId}
        filter={view.filter}
        labels={labels}
        languages={languages}
        total={total}
        sort={view.sort}
        dir={view.dir}
        navigate={navigate}
      />
      {canBulk ? (
      <BulkBar
        key={query}
        datasetId={datasetId}
        selectedIds={Object.keys(rowSelection).filter((k) => rowSelection[k]).map(Number)}
        total={total}
        filter={filter}
        labels={labels.map((l) => l.name)}
        clearSelection={() => setSelection({ query, rows: {} })}
      />
      ) : null}
      <div
        aria-busy={pending}
        className={`overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm transition-opacity ${pending ? "opacity-60" : ""}`}
      >
        <table className="w-full text-sm">
          <caption className="sr-only">Conversations</caption>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className={`whitespace-nowrap px-3 py-2 ${header.column.columnDef.meta?.headerClassName ?? ""}`}
                    >
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={row.original.kind === "invalid" ? "bg-red-50/40 hover:bg-red-50" : "hover:bg-zinc-50"}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`px-3 py-2 align-top ${cell.column.columnDef.meta?.cellClassName ?? ""}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={conversationColumns.length} className="px-3 py-10 text-center text-sm text-zinc-500">
                  {filtered ? (
                    <>
                      <p>No conversations match these filters.</p>
                      <Button size="sm" className="mt-3" onClick={() => navigate(CLEAR_FILTERS)}>
                        Clear filters
                      </Button>
                    </>
                  ) : (
                    <p>No conversations yet. Import a JSONL file above to start.</p>
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <DataTablePagination table={table} next={next} prev={prev} rowsOnPage={rows.length} navigate={navigate} />
    </div>
  );
}
