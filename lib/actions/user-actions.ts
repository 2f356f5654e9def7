"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { requestOrigin } from "../api/client-headers";
import { env } from "../env";
import { createAccount, createResetLink } from "../auth/accounts";
import { setUserDisabled, setUserRole } from "../db/users/users";
import { AccountCreateSchema, RoleChangeSchema } from "../validation/accounts";
import { actionFailure, type ActionResult } from "../validation/action-result";
import { z } from "zod";

// The admin's Users page: create accounts, change roles, turn accounts off, and hand
// out one-time reset links (Tuneset sends no e-mail).

export type CreateUserResult = ActionResult<{ message: string }, "email" | "name" | "password" | "role"> & { values?: Record<string, string> };

export async function createUserAction(_prev: CreateUserResult | null, form: FormData): Promise<CreateUserResult> {
  const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "annotator") };
  const parsed = AccountCreateSchema.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { ...actionFailure(parsed.error), values };
  try {
    const user = await createAccount(parsed.data, await authorize("users.manage"));
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.name} can now sign in as ${user.email} with the password you chose. Add them to datasets from each dataset's settings.` };
  } catch (e) {
    return { ...actionFailure(e), values };
  }
}

export async function setUserRoleAction(input: { userId: string; role: string }): Promise<ActionResult> {
  const parsed = RoleChangeSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    await setUserRole(await authorize("users.manage"), parsed.data.userId, parsed.data.role);
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}

const UserSwitchSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() });

export async function setUserDisabledAction(input: { userId: string; disabled: boolean }): Promise<ActionResult> {
  const parsed = UserSwitchSchema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    await setUserDisabled(await authorize("users.manage"), parsed.data.userId, parsed.data.disabled);
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function createResetLinkAction(input: { userId: string }): Promise<ActionResult<{ link: string }>> {
  const parsed = z.object({ userId: z.string().min(1) }).safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("users.manage");
    // The forwarded host counts only from a trusted proxy, as in the same-origin check.
    const origin = env().TUNESET_PUBLIC_URL?.replace(/\/+$/, "") ?? requestOrigin(await headers()) ?? "";
    return { ok: true, link: await createResetLink(parsed.data.userId, origin, actor) };
  } catch (e) {
    return actionFailure(e);
  }
}
