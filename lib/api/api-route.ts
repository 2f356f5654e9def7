import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, isAppError } from "../errors";
import { ensureBackgroundWorker } from "../jobs/start-jobs";
import type { Actor } from "../auth/actor";
import { authorizeConversation, type Allowed } from "../services/auth/authorize";
import { allowedIn } from "../services/auth/allowed-in";
import { requestActor } from "../services/auth/request-actor";
import { assertAllowed } from "../db/auth/assert-allowed";
import type { DatasetScope } from "../db/scope";
import type { Permission } from "../auth/permissions";
import { assertSameOrigin } from "./same-origin";
import { assertJsonContentType } from "./json-content-type";
import { uniqueConflict } from "../db/unique-conflict";
import { bodyPath, findDeepNesting } from "../formats/json-depth";

// The one wrapper for every /api/v1 route handler: it refuses cross-site writes, finds
// who is asking (session or bearer token) and checks what they may do, then turns known
// errors into `{"error": {"code", "message"}}` with the right status, keeping stack
// traces and database messages in the server log, never in a response.

type Params = Record<string, string>;
type Handler<P extends Params, S = undefined> = (req: Request, params: P, actor: Actor, scope: S) => Promise<Response | unknown>;

/**
 * What a route needs: a permission, and the dataset or conversation it acts on (its
 * membership decides 404 before the role decides 403). Every route names one, so none
 * can forget to check.
 */
export type Access<P extends Params> = {
  permission: Permission;
  /** Async for things that belong to a dataset (a snapshot, a job): looked up first. */
  dataset?: (params: P) => string | Promise<string>;
  conversation?: (params: P) => number;
};

type InDataset<P extends Params> = Access<P> & ({ dataset: NonNullable<Access<P>["dataset"]> } | { conversation: NonNullable<Access<P>["conversation"]> });
type RouteHandler<P extends Params> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** A route in one dataset (named, or a conversation's): the handler gets the scope its lib/db calls take. */
export function apiRoute<P extends Params = Params>(access: InDataset<P>, handler: Handler<P, DatasetScope>): RouteHandler<P>;
export function apiRoute<P extends Params = Params>(access: Access<P>, handler: Handler<P>): RouteHandler<P>;
export function apiRoute<P extends Params = Params>(access: Access<P>, handler: Handler<P, never>): RouteHandler<P> {
  return async (req, ctx) => {
    ensureBackgroundWorker();
    try {
      assertSameOrigin(req);
      const params = await ctx.params;
      const { actor, scope } = access.conversation
        ? await authorizeConversation(access.permission, access.conversation(params))
        : await authorizeDataset(access, params);
      // The overloads promise a scope exactly when the route names a dataset or a conversation, which is when one is made.
      const result = await handler(req, params, actor, scope as never);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** Who asks comes first: a dataset looked up from a snapshot or job must not answer 404 to someone not signed in. */
async function authorizeDataset<P extends Params>(access: Access<P>, params: P): Promise<Partial<Allowed> & { actor: Actor }> {
  const actor = await requestActor();
  if (access.dataset) return { actor, scope: await allowedIn(actor, access.permission, await access.dataset(params)) };
  await assertAllowed(actor, access.permission);
  return { actor };
}

export function errorResponse(thrown: unknown): Response {
  // Two writes of one unique value at once: the loser gets a 409, not a 500.
  const e = uniqueConflict(thrown) ?? thrown;
  if (e instanceof ZodError) {
    const message = e.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    return json(400, "bad_request", message);
  }
  if (isAppError(e)) return json(e.status, e.code, e.message, e.details);
  console.error(e);
  return json(500, "internal", "Something went wrong on the server; it has been logged. Try again, and report it if it keeps happening.");
}

function json(status: number, code: string, message: string, details?: unknown) {
  const body = details && typeof details === "object" ? { error: { code, message, ...details } } : { error: { code, message } };
  return NextResponse.json(body, { status });
}

/**
 * Reads a JSON request body. It must say it is JSON: a form or text body is refused
 * with 415 before it is read, and nesting is bounded before parsing, because every
 * step after JSON.parse walks the value recursively.
 */
export async function readJson(req: Request): Promise<unknown> {
  assertJsonContentType(req.headers.get("content-type"));
  let text: string;
  try {
    text = await req.text();
  } catch {
    throw new AppError("bad_request", "The request body could not be read; send it again.");
  }
  const deep = findDeepNesting(text);
  if (deep) {
    throw new AppError(
      "bad_request",
      `The request body is nested deeper than ${deep.limit} levels (at ${bodyPath(deep.path)}): Tuneset reads at most ${deep.limit} levels of objects and arrays.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body must be JSON (Content-Type: application/json).");
  }
}
