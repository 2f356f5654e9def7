import { parseCliArgs, CliError } from "../cli-error";
import { createApiToken } from "../../db/auth/api-tokens";
import { ROLES, type Role } from "../../auth/roles";
import { findUserByEmail } from "../../db/users/users";
import { commandLineActor } from "../../db/actor";

// `tuneset tokens create --email E [--role R] [--name N]`: an API token for a user,
// made on the database file as an admin. It prints the token and nothing else, so a
// script can capture it; it is never shown again.

const USAGE = `tuneset tokens create --email E [--role ${ROLES.join("|")}] [--name N]`;

export async function tokensCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new CliError(`Say what to do with tokens.\n${USAGE}`, 2);
  const { values } = parseCliArgs(rest, { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, USAGE);
  if (!values.email) throw new CliError(`--email is required.\n${USAGE}`, 2);
  if (values.role && !(ROLES as readonly string[]).includes(values.role)) throw new CliError(`--role must be one of ${ROLES.join(", ")}.`, 2);
  const owner = await findUserByEmail(values.email);
  if (owner.disabledAt) throw new CliError(`${owner.email}'s account is turned off; turn it on before giving it a token.`, 1);
  const { token } = await createApiToken(owner, { name: values.name ?? "Command line", role: values.role as Role | undefined }, await commandLineActor());
  console.log(token);
  return 0;
}
