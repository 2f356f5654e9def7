"use server";

import { datasetAndInput, inDataset, serverAction } from "../api/server-action";
import { applyBulkAction } from "../db/bulk/apply-bulk-action";
import { undoBulkOperation } from "../db/bulk/undo-bulk-operation";
import {
  BulkRequestSchema,
  RestoreFromTrashSchema,
  UndoBulkSchema,
  type BulkDoneResult,
  type BulkPreviewResult,
  type BulkRequestInput,
} from "../validation/bulk";

// The dataset table's bulk bar and the trash page. Each checks the signed-in user may
// run bulk actions in the dataset and refreshes the dataset's pages.

type BulkOut = { preview: BulkPreviewResult } | BulkDoneResult;

export const runBulkAction = serverAction(
  {
    permission: "datasets.bulk",
    schema: inDataset(BulkRequestSchema),
    dataset: (i) => i.datasetId,
    args: (datasetId: string, input: BulkRequestInput) => datasetAndInput(datasetId, input),
  },
  async ({ datasetId, ...request }, actor, ctx): Promise<BulkOut> => {
    const out = await applyBulkAction(ctx.scope, request, actor);
    if ("preview" in out) return { preview: out.preview };
    ctx.revalidate(`/datasets/${datasetId}`, "layout");
    return { operation: pick(out.operation), skipped: out.skipped };
  },
);

export const undoBulkAction = serverAction(
  {
    permission: "datasets.bulk",
    schema: UndoBulkSchema,
    dataset: (i) => i.datasetId,
    revalidate: (i) => [{ path: `/datasets/${i.datasetId}`, type: "layout" }],
  },
  async ({ operationId }, actor, ctx) => ({ message: (await undoBulkOperation(ctx.scope, operationId, actor)).message }),
);

export const restoreFromTrash = serverAction(
  {
    permission: "datasets.bulk",
    schema: RestoreFromTrashSchema,
    dataset: (i) => i.datasetId,
    revalidate: (i) => [{ path: `/datasets/${i.datasetId}`, type: "layout" }],
  },
  async ({ ids }, actor, ctx): Promise<BulkOut> => {
    const out = await applyBulkAction(ctx.scope, { selection: { ids }, action: { type: "restore" }, preview: false }, actor);
    return "preview" in out ? { preview: out.preview } : { operation: pick(out.operation), skipped: out.skipped };
  },
);

const pick = (op: { id: string; count: number; summary: string }) => ({ id: op.id, count: op.count, summary: op.summary });
