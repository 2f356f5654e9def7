import { db } from "../client";
import { notFound } from "../../errors";
import type { DatasetScope } from "../scope";

// Recent bulk changes of a dataset, for the "Recent bulk changes" panel, the API and
// the CLI: what was done, by whom, to how many, and whether it has been undone.

const select = {
  id: true,
  action: true,
  params: true,
  selection: true,
  count: true,
  summary: true,
  createdAt: true,
  undoneAt: true,
  undoneCount: true,
  actor: { select: { name: true, email: true } },
  undoneBy: { select: { name: true, email: true } },
} as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];

export type BulkOperationView = {
  id: string;
  action: string;
  params: Record<string, unknown>;
  selection: Record<string, unknown>;
  count: number;
  summary: string;
  createdAt: Date;
  actor: { name: string; email: string };
  undoneAt: Date | null;
  undoneBy: { name: string; email: string } | null;
  undoneCount: number | null;
};

function findRows(datasetId: string, take: number, id?: string) {
  return db().bulkOperation.findMany({ where: { datasetId, ...(id ? { id } : {}) }, orderBy: { createdAt: "desc" }, take, select });
}

const view = ({ params, selection, ...r }: Row): BulkOperationView => ({ ...r, params: JSON.parse(params), selection: JSON.parse(selection) });

export async function listBulkOperations({ datasetId }: DatasetScope, take = 10): Promise<BulkOperationView[]> {
  return (await findRows(datasetId, take)).map(view);
}

export async function getBulkOperation({ datasetId }: DatasetScope, id: string): Promise<BulkOperationView> {
  const [row] = await findRows(datasetId, 1, id);
  if (!row) throw notFound(`Bulk change ${id}`);
  return view(row);
}

/** The operation's public JSON shape (API and CLI). */
export function bulkOperationJson(op: BulkOperationView) {
  return {
    id: op.id,
    action: op.action,
    params: op.params,
    selection: op.selection,
    count: op.count,
    summary: op.summary,
    created_at: op.createdAt.toISOString(),
    actor: op.actor,
    undone_at: op.undoneAt?.toISOString() ?? null,
    undone_by: op.undoneBy,
    undone_count: op.undoneCount,
  };
}
