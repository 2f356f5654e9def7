"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { applyBulkAction } from "../db/bulk/apply-bulk-action";
import { undoBulkOperation } from "../db/bulk/undo-bulk-operation";
import { actionFailure, type ActionResult } from "../api/action-result";
import { RestoreFromTrashSchema, UndoBulkSchema, type BulkDoneResult, type BulkPreviewResult, type BulkRequestInput } from "../validation/bulk";

// The dataset table's bulk bar and the trash page. Each parses the shared bulk schema
// (inside applyBulkAction), checks the signed-in user may run bulk actions there and refreshes the dataset's pages.

type BulkResult = ActionResult<{ preview: BulkPreviewResult } | BulkDoneResult>;

export async function runBulkAction(datasetId: string, input: BulkRequestInput): Promise<BulkResult> {
  try {
    const out = await applyBulkAction(String(datasetId), input, await authorize("datasets.bulk", String(datasetId)));
    if ("preview" in out) return { ok: true, preview: out.preview };
    revalidatePath(`/datasets/${datasetId}`, "layout");
    return { ok: true, operation: pick(out.operation), skipped: out.skipped };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function undoBulkAction(input: { datasetId: string; operationId: string }): Promise<ActionResult<{ message: string }>> {
  const parsed = UndoBulkSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const out = await undoBulkOperation(parsed.data.datasetId, parsed.data.operationId, await authorize("datasets.bulk", parsed.data.datasetId));
    revalidatePath(`/datasets/${parsed.data.datasetId}`, "layout");
    return { ok: true, message: out.message };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function restoreFromTrash(input: { datasetId: string; ids: number[] }): Promise<BulkResult> {
  const parsed = RestoreFromTrashSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  return runBulkAction(parsed.data.datasetId, { selection: { ids: parsed.data.ids }, action: { type: "restore" } });
}

const pick = (op: { id: string; count: number; summary: string }) => ({ id: op.id, count: op.count, summary: op.summary });
