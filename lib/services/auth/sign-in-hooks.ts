import { APIError, createAuthMiddleware } from "better-auth/api";
import { requestClient } from "../../auth/client-headers";
import { signInSucceeded, startSignIn } from "../../db/auth/sign-in-limiter";
import { tooManySignIns } from "../../auth/sign-in-policy";

// Every password sign-in runs the library's /sign-in/email: the sign-in page's action
// calls it, and so does anyone posting to /api/auth/sign-in/email. These hooks put the
// one limiter (lib/db/auth/sign-in-limiter.ts) around it, so no way in escapes the count.
// The address is the one Tuneset's server stamped from the socket, never a header the
// client wrote.

const SIGN_IN = "/sign-in/email";

export const limitSignIns = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN) return;
  const wait = startSignIn(ctx.body?.email, requestClient(ctx.headers).address);
  if (wait > 0) {
    throw new APIError("TOO_MANY_REQUESTS", { message: tooManySignIns(wait), code: "TOO_MANY_SIGN_INS" }, { "Retry-After": String(Math.ceil(wait / 1000)) });
  }
});

export const forgiveSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN || !ctx.context.newSession) return;
  signInSucceeded(ctx.body?.email, requestClient(ctx.headers).address);
});
