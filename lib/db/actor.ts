import { db } from "./client";
import { env } from "../env";
import type { Actor } from "../auth/actor";

// The command line acts as an admin of its own (the Actor type is lib/auth/actor.ts),
// recorded under its own name so the history says which changes came from there.

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
