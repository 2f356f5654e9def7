import { db } from "../client";
import type { SnapshotListItem } from "../../snapshots/snapshot-list-item";
import type { SystemPromptMode } from "../../snapshots/bake-system-prompt";
import type { DatasetScope } from "../scope";

// A dataset's snapshots, newest first, for its Snapshots page and the API.

export type { SnapshotListItem };

export async function listSnapshots({ datasetId }: DatasetScope, o: { take?: number } = {}): Promise<SnapshotListItem[]> {
  const rows = await db().snapshot.findMany({
    where: { datasetId },
    orderBy: { number: "desc" },
    take: o.take,
    select: {
      id: true,
      number: true,
      kind: true,
      createdAt: true,
      records: true,
      trainRecords: true,
      validationRecords: true,
      validationFraction: true,
      seed: true,
      systemPrompt: true,
      filter: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({ ...r, systemPrompt: r.systemPrompt as SystemPromptMode, filter: JSON.parse(r.filter) as Record<string, unknown> }));
}

export async function countSnapshots({ datasetId }: DatasetScope): Promise<number> {
  return db().snapshot.count({ where: { datasetId } });
}
