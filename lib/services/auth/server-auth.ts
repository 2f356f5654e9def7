import { AsyncLocalStorage } from "node:async_hooks";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { db } from "../../db/client";
import { env } from "../../env";
import { CLIENT_HEADER } from "../../auth/client-headers";
import { authSecret } from "../../db/auth/auth-secret";
import { withHashedSessionTokens } from "../../auth/hashed-session-tokens";
import { oidcConfig } from "../../auth/oidc-config";
import { endAccessAfterReset } from "../../db/auth/password-reset";
import { SESSION_COOKIE_PREFIX } from "../../auth/session-cookie";
import { forgiveSignIn, limitSignIns } from "./sign-in-hooks";
import { MAX_PASSWORD, MIN_PASSWORD, RESET_LINK_HOURS } from "../../validation/accounts";

// Sign-in through better-auth: password hashing, sessions and their HTTP-only cookies
// are the library's, stored through Prisma beside everything else. Tuneset adds its
// rules around it: nobody signs up on their own (the first account is made by the
// first-run page, the rest by an admin or the CLI), a disabled account cannot start a
// session, password reset links are handed to the admin who asked for them instead of
// being e-mailed, one limiter counts every password sign-in (sign-in-hooks.ts), and
// the database keeps no token that could be used as one (sessions and reset links by
// their SHA-256, single sign-on tokens sealed with the secret). Which of the library's
// endpoints answer over HTTP is decided in lib/auth/auth-endpoints.ts.

// The reset link of the request being served, caught from the library's "send" hook.
// On globalThis like the instance itself: Next bundles route handlers and server actions
// apart, each with its own copy of this module, and whichever creates the one auth
// instance first, its callback must see the store the other copies run reset links in.
const shared = globalThis as unknown as { tunesetResetLinks?: AsyncLocalStorage<{ token?: string }> };
const resetLinks = (shared.tunesetResetLinks ??= new AsyncLocalStorage<{ token?: string }>());

function createAuth() {
  const oidc = oidcConfig();
  return betterAuth({
    appName: "Tuneset",
    // Without TUNESET_PUBLIC_URL the origin comes from each request, which is right for
    // one machine; the library's warning about it would only alarm laptop users.
    logger: { level: "error" },
    secret: authSecret(),
    baseURL: env().TUNESET_PUBLIC_URL,
    database: withHashedSessionTokens(prismaAdapter(db(), { provider: env().DATABASE_URL.startsWith("postgres") ? "postgresql" : "sqlite" })),
    verification: { storeIdentifier: "hashed" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      // The same bounds the forms check (validation/accounts.ts), so the library never disagrees.
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: MAX_PASSWORD,
      resetPasswordTokenExpiresIn: RESET_LINK_HOURS * 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ token }) => {
        const holder = resetLinks.getStore();
        if (holder) holder.token = token;
      },
      // A new password ends every session and revokes the user's API tokens.
      onPasswordReset: async ({ user }) => endAccessAfterReset(user),
    },
    user: { additionalFields: { role: { type: "string", input: false, defaultValue: "annotator" } } },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    // Someone the admin made an account for can sign in through the team's provider too:
    // its verified e-mail links to the account (the provider is the admin's own choice).
    account: { accountLinking: { enabled: true, trustedProviders: ["oidc"] }, encryptOAuthTokens: true },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: env().TUNESET_PUBLIC_URL?.startsWith("https:") ?? false,
      // The address Tuneset's server stamped from the socket, never the client's
      // X-Forwarded-For. Only the library's own limit and a session's recorded address
      // read it here; the sign-in limit reads it through requestClient(), which believes
      // it only where that server runs.
      ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
    },
    // The library's own limit per address, for its other endpoints: password sign-ins
    // are counted by Tuneset's limiter alone (sign-in-hooks.ts), whichever way they come.
    rateLimit: { enabled: true, window: 60, max: 100, customRules: { "/sign-in/email": false } },
    hooks: { before: limitSignIns, after: forgiveSignIn },
    databaseHooks: {
      session: {
        create: {
          // A disabled account keeps its history but gets no new session.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            return user && !user.disabledAt ? undefined : false;
          },
        },
      },
    },
    plugins: [
      ...(oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: "oidc",
                  discoveryUrl: oidc.discoveryUrl,
                  clientId: oidc.clientId,
                  clientSecret: oidc.clientSecret,
                  scopes: ["openid", "email", "profile"],
                  disableSignUp: !oidc.createUsers,
                },
              ],
            }),
          ]
        : []),
      // Last, so cookies set by calls from server actions reach the browser.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
const g = globalThis as unknown as { tunesetAuth?: Auth };

/** The one authentication instance of the process. */
export function auth(): Auth {
  g.tunesetAuth ??= createAuth();
  return g.tunesetAuth;
}

/** Runs `f` and returns the reset token the library generated during it, if any. */
export async function catchResetToken(f: () => Promise<unknown>): Promise<string | undefined> {
  const holder: { token?: string } = {};
  await resetLinks.run(holder, f);
  return holder.token;
}
