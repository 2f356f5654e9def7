"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { addMember, removeMember } from "../db/datasets/members";
import { AddMemberSchema, RemoveMemberSchema } from "../validation/members";
import { actionFailure, type ActionResult } from "../api/action-result";

// The dataset settings page's member list: leads add and remove the people who work on it.

export type MemberFormResult = ActionResult<{ message: string }, "email"> & { values?: { email: string } };

export async function addMemberAction(_prev: MemberFormResult | null, form: FormData): Promise<MemberFormResult> {
  const values = { email: String(form.get("email") ?? "") };
  const parsed = AddMemberSchema.safeParse({ datasetId: form.get("datasetId"), email: values.email });
  if (!parsed.success) return { ...actionFailure(parsed.error), values };
  try {
    const member = await addMember(parsed.data.datasetId, parsed.data.email, await authorize("datasets.members", parsed.data.datasetId));
    revalidatePath(`/datasets/${parsed.data.datasetId}/settings`);
    return { ok: true, message: `${member.name} (${member.email}) can now work on this dataset.` };
  } catch (e) {
    return { ...actionFailure(e), values };
  }
}

export async function removeMemberAction(input: { datasetId: string; userId: string }): Promise<ActionResult> {
  const parsed = RemoveMemberSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    await removeMember(parsed.data.datasetId, parsed.data.userId, await authorize("datasets.members", parsed.data.datasetId));
    revalidatePath(`/datasets/${parsed.data.datasetId}/settings`);
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}
