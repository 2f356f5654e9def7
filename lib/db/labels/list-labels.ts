import { db } from "../client";
import type { DatasetScope } from "../scope";

export type DatasetLabel = { id: string; name: string; color: string; count: number };

/** A dataset's labels with how many live conversations carry each, for the table's label filter. */
export async function listLabels({ datasetId }: DatasetScope): Promise<DatasetLabel[]> {
  const labels = await db().label.findMany({
    where: { datasetId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      color: true,
      // Soft-deleted conversations still hold their label links; they are not counted.
      _count: { select: { conversations: { where: { conversation: { deletedAt: null } } } } },
    },
  });
  return labels.map((l) => ({ id: l.id, name: l.name, color: l.color, count: l._count.conversations }));
}
