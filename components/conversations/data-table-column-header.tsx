import type { CellData, Column } from "@tanstack/react-table";
import type { ConversationRow } from "@/lib/validation/conversation-row";
import type { tableFeatureSet } from "./table-features";

// A sortable header: a button named after the column. The direction is announced by
// aria-sort on the <th> (set by components/ui/data-table.tsx) and shown by the arrow.

type Props<TValue extends CellData> = {
  column: Column<typeof tableFeatureSet, ConversationRow, TValue>;
  title: string;
  align?: "start" | "end";
};

export function DataTableColumnHeader<TValue extends CellData>({ column, title, align = "start" }: Props<TValue>) {
  if (!column.getCanSort()) return <>{title}</>;
  const sorted = column.getIsSorted();
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className={`-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-zinc-200/70 hover:text-zinc-900 ${
        align === "end" ? "flex-row-reverse" : ""
      } ${sorted ? "text-zinc-900" : ""}`}
    >
      {title}
      <span aria-hidden className={`text-[10px] ${sorted ? "" : "text-zinc-300"}`}>
        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
      </span>
    </button>
  );
}
