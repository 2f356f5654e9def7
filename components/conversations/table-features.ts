import { metaHelper, rowPaginationFeature, rowSelectionFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import type { DataColumnMeta } from "@/components/ui/data-table";

// The conversations table's features, apart from its columns so the column header and
// the pager can name the table's type without importing the columns that use them.
// Sorting and paging are registered only for their state: the server sorts and pages
// (manual mode).

/**
 * `backQuery`: the current table query, so each row link can bring the reader back to it.
 * `showLanguage`: whether rows name their language, only worth saying when the dataset has more than one.
 */
export type TableMeta = { backQuery: string; datasetId: string; showLanguage: boolean };

export const tableFeatureSet = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
  tableMeta: metaHelper<TableMeta>(),
});
