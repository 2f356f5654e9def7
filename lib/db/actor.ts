import { db } from "./client";
import { env } from "../env";

// Who is acting. Until accounts exist, every write is made by one local user; this is
// the one place that decides it, so adding sign-in later changes only this function.
export type Actor = { id: string; email: string; name: string };

let cached: Actor | undefined;

export async function currentActor(): Promise<Actor> {
  if (cached) return cached;
  const email = env().TUNESET_LOCAL_USER_EMAIL;
  const user = await db().user.upsert({
    where: { email },
    update: {},
    create: { email, name: "Local user" },
    select: { id: true, email: true, name: true },
  });
  cached = user;
  return user;
}
