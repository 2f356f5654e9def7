// Optional sign-in with an OpenID Connect provider (Keycloak, Entra ID, Google
// Workspace, Authentik…), configured only by environment variables:
//   TUNESET_OIDC_ISSUER          the issuer URL (its /.well-known/openid-configuration is read)
//   TUNESET_OIDC_CLIENT_ID       the client registered for Tuneset
//   TUNESET_OIDC_CLIENT_SECRET
//   TUNESET_OIDC_NAME            the button's label (default "single sign-on")
//   TUNESET_OIDC_CREATE_USERS    "true" lets people without an account sign in as annotators
// TUNESET_PUBLIC_URL must be set too: the redirect URI to register with the provider is
// <public URL>/api/auth/callback/oidc.

import { env } from "../env";

export type OidcConfig = { discoveryUrl: string; clientId: string; clientSecret: string; label: string; createUsers: boolean };

export function oidcConfig(): OidcConfig | null {
  const e = env();
  const issuer = e.TUNESET_OIDC_ISSUER;
  const clientId = e.TUNESET_OIDC_CLIENT_ID;
  const clientSecret = e.TUNESET_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    discoveryUrl: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    label: e.TUNESET_OIDC_NAME,
    createUsers: e.TUNESET_OIDC_CREATE_USERS,
  };
}
