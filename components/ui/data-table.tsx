"use client";

import {
  createColumnHelper,
  metaHelper,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ReactTable,
  type RowData,
  type TableFeatures,
  type TableOptions,
} from "@tanstack/react-table";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableEmpty, TableFrame, TableHead, TableHeader, TableRowHead } from "./table";

// One data table for every list of records, the way shadcn's tasks example builds it:
// the caller passes its columns (with TanStack's column helper) and rows; the table
// draws them with the ui/table primitives, and leaves room for a toolbar above, a pager
// below and a row's actions at its end. Tables that sort, page or select pass their own
// feature set and state in `options` (the conversations table); the rest get none.

/** Per-column classes: the table primitives' padding stays, these add widths and alignment. */
export type DataColumnMeta = { headerClassName?: string; cellClassName?: string; /** The cell names its row (a th with scope="row"). */ rowHeader?: boolean };

export const plainTableFeatures = tableFeatures({ columnMeta: metaHelper<DataColumnMeta>() });

/** A column helper for a plain table of `TData` rows. */
export function dataColumns<TData extends RowData>() {
  const helper = createColumnHelper<typeof plainTableFeatures, TData>();
  return {
    ...helper,
    /** Most columns draw their cell from the whole record: `render` gets it, not TanStack's cell context. */
    record: (id: string, header: string, render: (record: TData) => ReactNode, meta?: DataColumnMeta) =>
      helper.display({ id, header, cell: ({ row }) => render(row.original), meta }),
  };
}

// Columns hold values of every type; TanStack's own helpers type such a list with any.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyColumn<TFeatures extends TableFeatures, TData extends RowData> = ColumnDef<TFeatures, TData, any>;

export type DataTableProps<TFeatures extends TableFeatures, TData extends RowData> = {
  columns: ReadonlyArray<AnyColumn<TFeatures, TData>>;
  data: TData[];
  /** Extra TanStack options (features, state, manual sorting…); plain tables leave it out. */
  options?: Partial<TableOptions<TFeatures, TData>>;
  getRowId?: (row: TData) => string;
  /** Read by screen readers as the table's name. */
  caption?: string;
  "aria-label"?: string;
  /** Shown as the table's one row when `data` is empty. */
  empty?: ReactNode;
  rowClassName?: string | ((row: TData) => string | undefined);
  /** Buttons at the end of each row, under an "Actions" heading only screen readers read. */
  rowActions?: { cell: (row: TData) => ReactNode; headerClassName?: string; cellClassName?: string };
  toolbar?: (table: ReactTable<TFeatures, TData>) => ReactNode;
  pagination?: (table: ReactTable<TFeatures, TData>) => ReactNode;
  /** "list": the small settings tables inside a panel (no frame, no header band). */
  look?: "framed" | "list";
  /** No shadow on the frame (a table inside a page section). */
  flat?: boolean;
  headerClassName?: string;
  /** While a new page of rows loads: announced with aria-busy and dimmed. */
  busy?: boolean;
  /** Tighter rows (the small tables on a job's page). */
  dense?: boolean;
};

export function DataTable<TFeatures extends TableFeatures = typeof plainTableFeatures, TData extends RowData = RowData>(
  props: DataTableProps<TFeatures, TData>,
) {
  const { columns, data, options, getRowId, rowActions, toolbar, pagination } = props;
  const table = useTable<TFeatures, TData>({
    features: plainTableFeatures as unknown as TFeatures,
    ...options,
    columns: rowActions ? [...columns, actionsColumn(rowActions)] : columns,
    data,
    ...(getRowId ? { getRowId: (row: TData) => getRowId(row) } : {}),
  } as unknown as TableOptions<TFeatures, TData>);
  const body = <DataTableBody table={table} {...props} />;
  if (!toolbar && !pagination) return body;
  return (
    <div className="space-y-2">
      {toolbar?.(table)}
      {body}
      {pagination?.(table)}
    </div>
  );
}

function actionsColumn<TFeatures extends TableFeatures, TData extends RowData>(
  actions: NonNullable<DataTableProps<TFeatures, TData>["rowActions"]>,
): AnyColumn<TFeatures, TData> {
  return {
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }: { row: { original: TData } }) => actions.cell(row.original),
    meta: { headerClassName: actions.headerClassName, cellClassName: actions.cellClassName },
  } as unknown as AnyColumn<TFeatures, TData>;
}

type SortableColumn = { getIsSorted?: () => false | "asc" | "desc" };
const ariaSort = (column: SortableColumn) => {
  const sorted = column.getIsSorted?.();
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
};
const metaOf = (def: { meta?: unknown }) => (def.meta ?? {}) as DataColumnMeta;

function DataTableBody<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  data,
  caption,
  empty,
  rowClassName,
  look = "framed",
  flat,
  headerClassName,
  busy,
  dense,
  ...rest
}: DataTableProps<TFeatures, TData> & { table: ReactTable<TFeatures, TData> }) {
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const rows = table.getRowModel().rows;
  const grid = (
    <Table aria-label={rest["aria-label"]} className={look === "list" ? "w-full text-left text-sm" : undefined}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <TableHeader look={look} className={headerClassName}>
        {headers.map((header) => (
          <TableHead
            key={header.id}
            look={look}
            aria-sort={ariaSort(header.column as SortableColumn)}
            className={metaOf(header.column.columnDef).headerClassName}
          >
            {header.isPlaceholder ? null : <table.FlexRender header={header} />}
          </TableHead>
        ))}
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <tr key={row.id} className={typeof rowClassName === "function" ? rowClassName(row.original) : rowClassName}>
            {row.getAllCells().map((cell) => {
              const meta = metaOf(cell.column.columnDef);
              const Cell = meta.rowHeader ? TableRowHead : TableCell;
              return (
                <Cell key={cell.id} look={look} dense={dense} className={meta.cellClassName}>
                  <table.FlexRender cell={cell} />
                </Cell>
              );
            })}
          </tr>
        ))}
        {data.length === 0 && empty ? <TableEmpty colSpan={headers.length}>{empty}</TableEmpty> : null}
      </TableBody>
    </Table>
  );
  if (look === "list") return grid;
  if (busy === undefined) return <TableFrame flat={flat}>{grid}</TableFrame>;
  return (
    <TableFrame flat={flat} aria-busy={busy} className={`transition-opacity ${busy ? "opacity-60" : ""}`}>
      {grid}
    </TableFrame>
  );
}
