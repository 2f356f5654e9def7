import { db } from "../../db/client";
import { AppError, notFound } from "../../errors";
import type { AccountCreate } from "../../validation/accounts";
import { auth, catchResetToken } from "../auth/server-auth";
import { ROLE_LABELS, type Role } from "../../auth/roles";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../db/audit/record-audit";

// Accounts as Tuneset keeps them: the library hashes passwords and stores them; these
// functions decide who is created with which role.

/** Whether anyone can sign in yet: on a fresh database the first-run page makes the admin. */
export async function hasAccounts(): Promise<boolean> {
  return (await db().account.count()) > 0;
}

export type CreatedAccount = { id: string; email: string; name: string; role: Role };

/** Creates an account with a password (the library hashes it), made by `actor`. */
export async function createAccount(input: AccountCreate, actor: Actor): Promise<CreatedAccount> {
  const account = await insertAccount(input);
  // After the fact: the library writes the user and its password in calls of its own.
  recordAudit({
    actor,
    action: "user.created",
    targetType: "user",
    targetId: account.id,
    summary: `Created the account ${account.email} (${ROLE_LABELS[account.role]}).`,
    detail: { role: account.role },
  });
  return account;
}

/** `data` is parsed by the caller with AccountCreateSchema. */
async function insertAccount(data: AccountCreate): Promise<CreatedAccount> {
  const existing = await db().user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", `There is already an account for ${data.email}.`);
  const ctx = await auth().$context;
  const hash = await ctx.password.hash(data.password);
  // The admin (or the first-run owner) vouches for the address: single sign-on may link to
  // this account by it, which the library allows only for verified addresses.
  const user = await ctx.internalAdapter.createUser({ email: data.email, name: data.name, role: data.role, emailVerified: true }, { method: "email-password" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return { id: user.id, email: data.email, name: data.name, role: data.role };
}

/** The first account of an empty database: an admin. Refused once any account exists. */
export async function createFirstAdmin(input: Omit<AccountCreate, "role">): Promise<CreatedAccount> {
  if (await hasAccounts()) throw new AppError("conflict", "Tuneset already has an admin. Sign in, or ask the admin for an account.");
  const admin = await insertAccount({ ...input, role: "admin" });
  // Nobody is signed in yet: the new admin made their own account.
  recordAudit({
    actor: admin,
    action: "user.created",
    targetType: "user",
    targetId: admin.id,
    summary: `Created the first admin account, ${admin.email}, on the first-run page.`,
    detail: { role: "admin" },
  });
  return admin;
}

/**
 * A one-time link that lets the user choose a new password, for an admin to hand over
 * (Tuneset sends no e-mail). It works once, for RESET_LINK_HOURS, and when used signs
 * the user out everywhere and revokes their API tokens (password-reset.ts).
 */
export async function createResetLink(userId: string, origin: string, actor: Actor): Promise<string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw notFound("This user");
  const token = await catchResetToken(() => auth().api.requestPasswordReset({ body: { email: user.email, redirectTo: "/reset-password" } }));
  if (!token) throw new AppError("bad_request", `${user.email} signs in without a password here (single sign-on), so there is nothing to reset.`);
  recordAudit({ actor, action: "user.reset_link_issued", targetType: "user", targetId: userId, summary: `Issued a password reset link for ${user.email}.` });
  return `${origin}/reset-password?token=${encodeURIComponent(token)}`;
}

/** Sets a new password from a reset link's token. */
export async function resetPassword(token: string, password: string): Promise<void> {
  try {
    await auth().api.resetPassword({ body: { token, newPassword: password } });
  } catch {
    throw new AppError("bad_request", "This reset link has expired or was already used. Ask an admin for a new one.");
  }
}
