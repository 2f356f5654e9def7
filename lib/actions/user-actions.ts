"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { serverAction, type ActionState } from "../api/server-action";
import { requestOrigin } from "../auth/client-headers";
import { env } from "../env";
import { createAccount, createResetLink } from "../services/accounts/accounts";
import { setUserDisabled, setUserRole } from "../db/users/users";
import { AccountCreateSchema, RoleChangeSchema } from "../validation/accounts";

// The admin's Users page: create accounts, change roles, turn accounts off, and hand
// out one-time reset links (Tuneset sends no e-mail).

type Field = "email" | "name" | "password" | "role";
const usersPage = () => ["/admin/users"];

export const createUserAction = serverAction(
  // The password is never sent back, even to the form that typed it.
  { permission: "users.manage", schema: AccountCreateSchema, form: true, keep: ["email", "name", "role"] as string[], revalidate: usersPage },
  async (input, actor) => {
    const user = await createAccount(input, actor);
    return { message: `${user.name} can now sign in as ${user.email} with the password you chose. Add them to datasets from each dataset's settings.` };
  },
);

export type CreateUserResult = ActionState<{ message: string }, Field, string>;

export const setUserRoleAction = serverAction(
  { permission: "users.manage", schema: RoleChangeSchema, revalidate: usersPage },
  async ({ userId, role }, actor) => {
    await setUserRole(actor, userId, role);
    return {};
  },
);

const UserSwitchSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() });

export const setUserDisabledAction = serverAction(
  { permission: "users.manage", schema: UserSwitchSchema, revalidate: usersPage },
  async ({ userId, disabled }, actor) => {
    await setUserDisabled(actor, userId, disabled);
    return {};
  },
);

export const createResetLinkAction = serverAction(
  { permission: "users.manage", schema: z.object({ userId: z.string().min(1) }) },
  async ({ userId }, actor) => {
    // The forwarded host counts only from a trusted proxy, as in the same-origin check.
    const origin = env().TUNESET_PUBLIC_URL?.replace(/\/+$/, "") ?? requestOrigin(await headers()) ?? "";
    return { link: await createResetLink(userId, origin, actor) };
  },
);
