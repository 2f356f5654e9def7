import { cache } from "react";
import { headers } from "next/headers";
import { db } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { actorFromToken } from "../../db/auth/api-tokens";
import { isRole } from "../../auth/roles";
import { auth } from "./server-auth";

// Who makes the request being served: the owner of a bearer token, or the signed-in
// user of the session cookie. Every server action, route handler and page gets its
// actor here (through authorize.ts), never from the command line's.

export async function requestActor(): Promise<Actor> {
  const actor = await optionalRequestActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in to Tuneset first (or send an API token as Authorization: Bearer).");
  return actor;
}

/**
 * The actor, or null when the request carries no valid session or token. Looked up once
 * per page render (the layout and the page both ask); elsewhere React's cache is a no-op.
 */
export const optionalRequestActor = cache(async (): Promise<Actor | null> => {
  const h = await headers();
  const authorization = h.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return actorFromToken(authorization.slice(7).trim());
  const session = await auth().api.getSession({ headers: h });
  if (!session) return null;
  const user = await db().user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});
