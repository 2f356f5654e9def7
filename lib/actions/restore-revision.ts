"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "../db/actor";
import { restoreRevision as restore } from "../db/conversations/restore-revision";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "../validation/action-result";
import { RestoreRevisionSchema, type RestoreRevisionInput } from "../validation/conversation-review";

// Puts an earlier version back, as a new version on top of the current one.
export async function restoreRevision(input: RestoreRevisionInput): Promise<ActionResult<{ version: number }>> {
  const parsed = RestoreRevisionSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  const { id, version, restore: which } = parsed.data;
  try {
    const record = await restore(id, which, version, await currentActor());
    revalidatePath(`/conversations/${id}`);
    revalidatePath(`/datasets/${record.datasetId}`);
    return { ok: true, version: record.version };
  } catch (e) {
    return actionFailure(e, CONFLICT_ACTION_ERROR);
  }
}
