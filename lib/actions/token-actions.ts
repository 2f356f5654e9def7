"use server";

import { z } from "zod";
import { serverAction, type ActionState } from "../api/server-action";
import { createApiToken, revokeApiToken } from "../db/auth/api-tokens";
import { TokenCreateSchema } from "../validation/members";

// The account page's API tokens. The token itself is returned once, to the page that
// asked for it, and kept nowhere but in its owner's hands.

export type CreateTokenResult = ActionState<{ token: string; name: string }, "name" | "role">;

export const createTokenAction = serverAction(
  { permission: "tokens.own", schema: TokenCreateSchema, form: true, revalidate: () => ["/account"] },
  async (input, actor) => {
    const { token, info } = await createApiToken(actor, input, actor);
    return { token, name: info.name };
  },
);

export const revokeTokenAction = serverAction(
  { permission: "tokens.own", schema: z.object({ tokenId: z.string().min(1) }), revalidate: () => ["/account"] },
  async ({ tokenId }, actor) => {
    await revokeApiToken(actor, tokenId);
    return {};
  },
);
