import type { Actor } from "../../auth/actor";
import { visibleDatasets, type DatasetScope } from "../scope";
import { db } from "../client";
import { getDataset } from "./get-dataset";
import { STATUSES, type Status } from "../../validation/statuses";

export type DatasetListItem = {
  id: string;
  name: string;
  description: string;
  targetModel: string;
  /** Held out for evaluation: measured on, never trained on. */
  forEvaluation: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Every record; equals the sum of `counts` and `invalid`. */
  total: number;
  /** Invalid lines kept verbatim until fixed, whatever status they carry. */
  invalid: number;
  /** Valid records by status: an invalid line is in `invalid` only, so the columns add up to the total. */
  counts: Record<Status, number>;
};

type Dataset = Omit<DatasetListItem, "total" | "invalid" | "counts">;

// Record counts by status, invalid lines counted apart and in no status (so the list's
// columns add up to its total), read from the (datasetId, deletedAt, status, kind) index alone.
async function withCounts(datasets: Dataset[], datasetId?: string): Promise<DatasetListItem[]> {
  const groups = await db().conversation.groupBy({
    by: ["datasetId", "status", "kind"],
    where: { deletedAt: null, ...(datasetId ? { datasetId } : {}) },
    _count: { _all: true },
  });
  return datasets.map((d) => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    let total = 0;
    let invalid = 0;
    for (const g of groups) {
      if (g.datasetId !== d.id) continue;
      total += g._count._all;
      if (g.kind === "invalid") invalid += g._count._all;
      else if (g.status in counts) counts[g.status as Status] += g._count._all;
    }
    return { ...d, total, invalid, counts };
  });
}

/** The datasets `viewer` may see, with their counts (every one for the command line and admins). */
export async function listDatasets(viewer: Actor): Promise<DatasetListItem[]> {
  return withCounts(await db().dataset.findMany({ where: visibleDatasets(viewer), orderBy: { createdAt: "asc" } }));
}

/** One dataset with its counts; throws not_found. */
export async function getDatasetSummary(scope: DatasetScope): Promise<DatasetListItem> {
  const [summary] = await withCounts([await getDataset(scope)], scope.datasetId);
  return summary;
}
