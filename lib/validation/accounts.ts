import { z } from "zod";
import { ROLES } from "../auth/roles";

// The account forms' inputs, shared by the pages, their actions and the CLI.

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;
/** A reset link an admin hands over works this long, once. */
export const RESET_LINK_HOURS = 24;

const email = z.string().trim().toLowerCase().email({ error: "Enter an e-mail address such as jane@example.com." });

/** The name part of an e-mail address, when it is long enough to matter in a password. */
const emailName = (address: string) => {
  const local = address.trim().toLowerCase().split("@")[0];
  return local.length < 4 ? null : local;
};

export type PasswordRule = { id: string; text: string; met: (password: string, email?: string) => boolean; forNewAccount?: true };

const VARIETY: PasswordRule = { id: "variety", text: "at least 4 different characters", met: (p) => new Set(p).size >= 4 };
const EMAIL_NAME: PasswordRule = {
  id: "email",
  text: "not containing the e-mail's name (the part before @)",
  forNewAccount: true,
  met: (p, address = "") => {
    const name = emailName(address);
    return !name || !p.toLowerCase().includes(name);
  },
};

/**
 * The rules a chosen password follows, as the forms show them before anyone submits
 * (each ticked as it is met) and as the schemas below check them: one list, so the
 * page never promises what the server refuses. The e-mail rule applies where an account
 * is made, beside its e-mail.
 */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  { id: "length", text: `${MIN_PASSWORD} to ${MAX_PASSWORD} characters`, met: (p) => p.length >= MIN_PASSWORD && p.length <= MAX_PASSWORD },
  VARIETY,
  EMAIL_NAME,
];

const password = z
  .string()
  .min(MIN_PASSWORD, { error: `Use at least ${MIN_PASSWORD} characters; a few words strung together are easy to remember.` })
  .max(MAX_PASSWORD, { error: `Use at most ${MAX_PASSWORD} characters.` })
  .refine((p) => VARIETY.met(p), { error: "Use a password with more than a few different characters." });

export const SignInSchema = z.object({ email, password: z.string().min(1, { error: "Enter your password." }) });

export const AccountCreateSchema = z
  .object({
    email,
    name: z.string().trim().min(1, { error: "Enter a name." }).max(100),
    password,
    role: z.enum(ROLES, { error: `Pick a role: ${ROLES.join(", ")}.` }),
  })
  .refine((a) => EMAIL_NAME.met(a.password, a.email), { path: ["password"], error: "Choose a password that does not contain the e-mail's name." });
export type AccountCreateInput = z.input<typeof AccountCreateSchema>;
export type AccountCreate = z.output<typeof AccountCreateSchema>;

export const ResetPasswordSchema = z.object({ token: z.string().min(1), password });

export const RoleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });
