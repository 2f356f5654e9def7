"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "../db/actor";
import { updateConversation } from "../db/conversations/update-conversation";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "../validation/action-result";
import { FixInvalidLineSchema, type FixInvalidLineInput } from "../validation/conversation-review";

type Fixed = { kind: string; version: number; errors: { path: string; message: string }[] };

// Saves an edited raw line in place of an invalid record. If it now validates, the
// record becomes a normal conversation; if not, it is saved anyway with its new errors,
// so the edit is never lost and the errors shown always match the saved text.
export async function fixInvalidLine(input: FixInvalidLineInput): Promise<ActionResult<Fixed, "raw">> {
  const parsed = FixInvalidLineSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  const { id, version, raw } = parsed.data;
  try {
    const record = await updateConversation(id, { version, raw }, await currentActor());
    revalidatePath(`/conversations/${id}`);
    revalidatePath(`/datasets/${record.datasetId}`);
    return { ok: true, kind: record.kind, version: record.version, errors: record.errors ?? [] };
  } catch (e) {
    return actionFailure(e, CONFLICT_ACTION_ERROR);
  }
}
