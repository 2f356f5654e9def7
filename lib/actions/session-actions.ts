"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "../auth/server-auth";
import { createFirstAdmin, resetPassword } from "../auth/accounts";
import { AccountCreateSchema, ResetPasswordSchema, SignInSchema } from "../validation/accounts";
import { actionFailure } from "../api/action-result";
import type { AuthFormResult } from "../validation/auth-form";

// Signing in and out, the first-run admin, and choosing a password from a reset link.
// Sessions and their cookies are the authentication library's, and so is the limit on
// failed sign-ins (lib/auth/sign-in-hooks.ts, the same for every way in); these add
// Tuneset's words.

const WRONG = "That e-mail and password do not match an account. Check both, or ask an admin for a reset link.";

/** Only paths of this site, so a crafted link cannot send someone elsewhere after signing in. */
const safeNext = (next: FormDataEntryValue | null) => {
  const path = typeof next === "string" ? next : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
};

export async function signInAction(_prev: AuthFormResult | null, form: FormData): Promise<AuthFormResult> {
  const values = { email: String(form.get("email") ?? "") };
  const parsed = SignInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { ...actionFailure(parsed.error), values };
  try {
    await auth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (e) {
    if (isAPIError(e) && e.status === "TOO_MANY_REQUESTS") return { ok: false, code: "too_many_requests", error: e.message, values };
    return { ok: false, code: "unauthenticated", error: WRONG, values };
  }
  redirect(safeNext(form.get("next")));
}

/** Starts single sign-on: the provider's page, then back through the library's callback. */
export async function oidcSignInAction(form: FormData): Promise<void> {
  const result = await auth().api.signInSocial({ body: { provider: "oidc", callbackURL: safeNext(form.get("next")) }, headers: await headers() });
  if (!result?.url) redirect("/sign-in");
  redirect(result.url);
}

export async function signOutAction(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}

export async function createFirstAdminAction(_prev: AuthFormResult | null, form: FormData): Promise<AuthFormResult> {
  const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? "") };
  const parsed = AccountCreateSchema.safeParse({ email: form.get("email"), name: form.get("name"), password: form.get("password"), role: "admin" });
  if (!parsed.success) return { ...actionFailure(parsed.error), values };
  try {
    await createFirstAdmin(parsed.data);
    await auth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (e) {
    return { ...actionFailure(e), values };
  }
  redirect("/");
}

export async function resetPasswordAction(_prev: AuthFormResult | null, form: FormData): Promise<AuthFormResult> {
  const parsed = ResetPasswordSchema.safeParse({ token: form.get("token"), password: form.get("password") });
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    await resetPassword(parsed.data.token, parsed.data.password);
  } catch (e) {
    return actionFailure(e);
  }
  redirect("/sign-in?reset=1");
}
