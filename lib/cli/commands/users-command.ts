import { randomBytes } from "node:crypto";
import { parseCliArgs, CliError } from "../cli-error";
import { createAccount } from "../../services/accounts/accounts";
import { commandLineActor } from "../../db/actor";
import { ROLES } from "../../auth/roles";
import { listUsers } from "../../db/users/users";
import { env } from "../../env";
import { AccountCreateSchema } from "../../validation/accounts";

// `tuneset users create --email E --role R [--name N] [--password P]` makes an account
// on the database file directly, as an admin would on the Users page (the first one
// on an empty database is how a server gets its admin without the first-run page).
// Without --password a strong one is generated and printed once.
// `tuneset users list [--json]` shows who has an account.

const USAGE = `tuneset users create --email E --role ${ROLES.join("|")} [--name N] [--password P]
tuneset users list [--json]`;

export async function usersCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "create") return createUser(rest);
  if (sub === "list") return list(rest);
  throw new CliError(`Say what to do with users.\n${USAGE}`, 2);
}

async function createUser(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } }, USAGE);
  if (!values.email || !values.role) throw new CliError(`--email and --role are required.\n${USAGE}`, 2);
  const password = values.password ?? randomBytes(15).toString("base64url");
  const user = await createAccount(
    AccountCreateSchema.parse({ email: values.email, role: values.role as never, name: values.name ?? values.email.split("@")[0], password }),
    await commandLineActor(),
  );
  console.log(`Created ${user.role} ${user.email}.`);
  if (!values.password) console.log(`Password (shown once; they can change it with a reset link from an admin): ${password}`);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { json: { type: "boolean" } }, USAGE);
  const users = (await listUsers(env().TUNESET_LOCAL_USER_EMAIL)).filter((u) => !u.commandLine);
  if (values.json) {
    console.log(JSON.stringify({ users: users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabled })) }));
    return 0;
  }
  if (!users.length) console.log("No accounts yet. Open the app to create the admin, or: tuneset users create --email E --role admin");
  for (const u of users) console.log(`${u.email.padEnd(32)} ${u.role.padEnd(9)} ${u.disabled ? "turned off" : ""}`.trimEnd());
  return 0;
}
