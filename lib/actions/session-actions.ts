"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { isAPIError } from "better-auth/api";
import { serverAction, type ActionState } from "../api/server-action";
import { auth } from "../services/auth/server-auth";
import { createFirstAdmin, resetPassword } from "../services/accounts/accounts";
import { AppError } from "../errors";
import { AccountCreateSchema, ResetPasswordSchema, SignInSchema } from "../validation/accounts";

// Signing in and out, the first-run admin, and choosing a password from a reset link.
// Sessions and their cookies are the authentication library's, and so is the limit on
// failed sign-ins (lib/auth/sign-in-hooks.ts, the same for every way in); these add
// Tuneset's words. Each is open to anyone (nobody is signed in yet), and says so.

/** What the sign-in, first-run and reset forms get back: only failures (success redirects), with what was typed, passwords aside. */
export type AuthFormResult = ActionState<object, string, string>;

const WRONG = "That e-mail and password do not match an account. Check both, or ask an admin for a reset link.";

/** Only paths of this site, so a crafted link cannot send someone elsewhere after signing in. */
const safeNext = (next: unknown) => {
  const path = typeof next === "string" ? next : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
};
const Next = { next: z.unknown().transform(safeNext) };

export const signInAction = serverAction(
  { permission: "anyone", schema: SignInSchema.extend(Next), form: true, keep: ["email"] as string[], redirect: (i) => i.next },
  async ({ email, password }) => {
    try {
      await auth().api.signInEmail({ body: { email, password }, headers: await headers() });
    } catch (e) {
      if (isAPIError(e) && e.status === "TOO_MANY_REQUESTS") throw new AppError("too_many_requests", e.message);
      throw new AppError("unauthenticated", WRONG);
    }
    return {};
  },
);

/** Starts single sign-on: the provider's page, then back through the library's callback. */
export const oidcSignInAction = serverAction(
  { permission: "anyone", schema: z.object(Next), formAction: true, redirect: (_i, out: { url: string }) => out.url },
  async ({ next }) => {
    const result = await auth().api.signInSocial({ body: { provider: "oidc", callbackURL: next }, headers: await headers() });
    return { url: result?.url || "/sign-in" };
  },
);

export const signOutAction = serverAction({ permission: "anyone", schema: z.unknown(), formAction: true, redirect: () => "/sign-in" }, async () => {
  await auth().api.signOut({ headers: await headers() });
  return {};
});

/** The first account is always an admin, whatever the form says. */
const FirstAdminSchema = z.preprocess((v) => (v && typeof v === "object" ? { ...v, role: "admin" } : v), AccountCreateSchema);

export const createFirstAdminAction = serverAction(
  { permission: "anyone", schema: FirstAdminSchema, form: true, keep: ["email", "name"] as string[], redirect: () => "/" },
  async (input) => {
    await createFirstAdmin(input);
    await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
    return {};
  },
);

export const resetPasswordAction = serverAction(
  { permission: "anyone", schema: ResetPasswordSchema, form: true, redirect: () => "/sign-in?reset=1" },
  async ({ token, password }) => {
    await resetPassword(token, password);
    return {};
  },
);
