"use client";

import { functionalUpdate, type PaginationState, type RowSelectionState, type SortingState, type TableOptions } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { ConversationRow } from "@/lib/validation/conversation-row";
import type { ConversationFilter, Sort } from "@/lib/validation/conversation-filter";
import { conversationColumns } from "./columns";
import { tableFeatureSet } from "./table-features";
import { DataTable as DataTableView } from "@/components/ui/data-table";
import { DataTableToolbar } from "./data-table-toolbar";
import { DataTablePagination } from "./data-table-pagination";
import { Button } from "@/components/ui/button";
import { useTableNavigation } from "./use-table-navigation";
import { CLEAR_FILTERS } from "./table-query";
import type { LabelOption, LanguageOption } from "./quality-filters";
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
  /** Whether the user may import: an empty dataset then points at the import panel. */
  canImport: boolean;
};

const withoutSelection = conversationColumns.filter((c) => c.id !== "select");

export function DataTable({ datasetId, rows, total, next, prev, sort, dir, limit, filter, labels, languages, canBulk, canImport }: Props) {
  const serverView = useMemo(() => ({ filter, sort, dir, limit }), [filter, sort, dir, limit]);
  const { navigate, pending, query, view } = useTableNavigation(serverView);
  const sorting = useMemo<SortingState>(() => [{ id: view.sort, desc: view.dir === "desc" }], [view.sort, view.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: 0, pageSize: view.limit }), [view.limit]);
  // Selection belongs to one view: a new filter, sort or page starts empty.
  const [selection, setSelection] = useState<{ query: string; rows: RowSelectionState }>({ query, rows: {} });
  const rowSelection = selection.query === query ? selection.rows : {};

  const options: Partial<TableOptions<typeof tableFeatureSet, ConversationRow>> = {
    features: tableFeatureSet,
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
    meta: { backQuery: query, datasetId, showLanguage: languages.filter((l) => l.code !== "und").length > 1 },
  };

  const filtered = Object.values(filter).some((v) => v !== undefined && v !== "");

  return (
    <DataTableView
      columns={canBulk ? conversationColumns : withoutSelection}
      data={rows}
      getRowId={(row) => String(row.id)}
      options={options}
      caption="Conversations"
      headerClassName="whitespace-nowrap"
      busy={pending}
      rowClassName={(row) => (row.kind === "invalid" ? "bg-red-50/40 hover:bg-red-50 align-top" : "hover:bg-zinc-50 align-top")}
      empty={
        filtered ? (
          <>
            <p>No conversations match these filters.</p>
            <Button size="sm" className="mt-3" onClick={() => navigate(CLEAR_FILTERS)}>
              Clear filters
            </Button>
          </>
        ) : canImport ? (
          // The import panel sits beside the table on a wide screen and below it on a narrow one: a link finds it either way.
          <p>
            No conversations yet. Import a JSONL file in the{" "}
            <a href="#import" className="text-indigo-700 underline">
              Import conversations
            </a>{" "}
            panel to start.
          </p>
        ) : (
          <p>No conversations yet. A lead or an admin of this dataset imports them.</p>
        )
      }
      toolbar={() => (
        <>
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
              selectedIds={Object.keys(rowSelection)
                .filter((k) => rowSelection[k])
                .map(Number)}
              total={total}
              filter={filter}
              labels={labels.map((l) => l.name)}
              clearSelection={() => setSelection({ query, rows: {} })}
            />
          ) : null}
        </>
      )}
      pagination={(table) => <DataTablePagination table={table} next={next} prev={prev} rowsOnPage={rows.length} navigate={navigate} />}
    />
  );
}
