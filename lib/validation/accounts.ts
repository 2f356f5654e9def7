import { z } from "zod";
import { ROLES } from "../auth/roles";

// The account forms' inputs, shared by the pages, their actions and the CLI.

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;
/** A reset link an admin hands over works this long, once. */
export const RESET_LINK_HOURS = 24;

const email = z.string().trim().toLowerCase().email({ error: "Enter an e-mail address such as jane@example.com." });
const password = z
  .string()
  .min(MIN_PASSWORD, { error: `Use at least ${MIN_PASSWORD} characters; a few words strung together are easy to remember.` })
  .max(MAX_PASSWORD, { error: `Use at most ${MAX_PASSWORD} characters.` })
  .refine((p) => new Set(p).size >= 4, { error: "Use a password with more than a few different characters." });

export const SignInSchema = z.object({ email, password: z.string().min(1, { error: "Enter your password." }) });

export const AccountCreateSchema = z
  .object({
    email,
    name: z.string().trim().min(1, { error: "Enter a name." }).max(100),
    password,
    role: z.enum(ROLES, { error: `Pick a role: ${ROLES.join(", ")}.` }),
  })
  .refine(
    (a) => {
      const local = a.email.split("@")[0];
      return local.length < 4 || !a.password.toLowerCase().includes(local);
    },
    { path: ["password"], error: "Choose a password that does not contain the e-mail's name." },
  );
export type AccountCreateInput = z.input<typeof AccountCreateSchema>;
export type AccountCreate = z.output<typeof AccountCreateSchema>;

export const ResetPasswordSchema = z.object({ token: z.string().min(1), password });

export const RoleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });
