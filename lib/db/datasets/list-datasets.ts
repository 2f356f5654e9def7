import { db } from "../client";
import { STATUSES, type Status } from "../../validation/statuses";

export type DatasetListItem = {
  id: string;
  name: string;
  description: string;
  targetModel: string;
  createdAt: Date;
  updatedAt: Date;
  total: number;
  invalid: number;
  counts: Record<Status, number>;
};

/** Every dataset with its record counts by status (invalid records counted apart). */
export async function listDatasets(): Promise<DatasetListItem[]> {
  const [datasets, groups] = await Promise.all([
    db().dataset.findMany({ orderBy: { createdAt: "asc" } }),
    db().conversation.groupBy({
      by: ["datasetId", "status", "kind"],
      where: { deletedAt: null },
      _count: { _all: true },
    }),
  ]);
  return datasets.map((d) => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    let total = 0;
    let invalid = 0;
    for (const g of groups) {
      if (g.datasetId !== d.id) continue;
      total += g._count._all;
      if (g.kind === "invalid") invalid += g._count._all;
      if (g.status in counts) counts[g.status as Status] += g._count._all;
    }
    return { ...d, total, invalid, counts };
  });
}
