"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorize } from "../auth/authorize";
import { createApiToken, revokeApiToken } from "../auth/api-tokens";
import { TokenCreateSchema } from "../validation/members";
import { actionFailure, type ActionResult } from "../api/action-result";

// The account page's API tokens. The token itself is returned once, to the page that
// asked for it, and kept nowhere but in its owner's hands.

export type CreateTokenResult = ActionResult<{ token: string; name: string }, "name" | "role">;

export async function createTokenAction(_prev: CreateTokenResult | null, form: FormData): Promise<CreateTokenResult> {
  const parsed = TokenCreateSchema.safeParse({ name: form.get("name"), role: form.get("role") });
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const actor = await authorize("tokens.own");
    const { token, info } = await createApiToken(actor, parsed.data, actor);
    revalidatePath("/account");
    return { ok: true, token, name: info.name };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function revokeTokenAction(input: { tokenId: string }): Promise<ActionResult> {
  const parsed = z.object({ tokenId: z.string().min(1) }).safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    await revokeApiToken(await authorize("tokens.own"), parsed.data.tokenId);
    revalidatePath("/account");
    return { ok: true };
  } catch (e) {
    return actionFailure(e);
  }
}
