import { db } from "./client";
import { env } from "../env";
import type { Role } from "../auth/roles";

// Who is acting. In the app it is the signed-in user or the owner of an API token
// (lib/auth/request-actor.ts); on the command line, working directly on the database
// file, it is the command line itself: an admin, recorded under its own name so the
// history says which changes came from there.
export type Actor = { id: string; email: string; name: string; role: Role };

const COMMAND_LINE_NAME = "Command line";

let cached: Actor | undefined;

/** The admin the CLI, the seed, the benchmarks and the unit tests act as. */
export async function commandLineActor(): Promise<Actor> {
  if (cached) return cached;
  const email = env().TUNESET_LOCAL_USER_EMAIL;
  const user = await db().user.upsert({
    where: { email },
    update: { role: "admin", name: COMMAND_LINE_NAME },
    create: { email, name: COMMAND_LINE_NAME, role: "admin" },
    select: { id: true, email: true, name: true },
  });
  cached = { ...user, role: "admin" };
  return cached;
}
