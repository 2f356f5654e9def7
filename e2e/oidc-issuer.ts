import Provider from "oidc-provider";
import { OIDC } from "./admin-state";

// A real OpenID Connect provider for the end-to-end tests (panva's certified
// oidc-provider), so single sign-on is tried the way a team's Keycloak or Entra ID would
// drive it: discovery, the provider's own login and consent pages, code exchange, ID
// token and userinfo. Its development login accepts any name, which becomes the subject
// and the e-mail.

const provider = new Provider(OIDC.issuer, {
  clients: [
    {
      client_id: OIDC.clientId,
      client_secret: OIDC.clientSecret,
      redirect_uris: [`${OIDC.appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: "Sam Sso" }) };
  },
  features: { devInteractions: { enabled: true } },
});

const url = new URL(OIDC.issuer);
provider.listen(Number(url.port), url.hostname, () => console.log(`OpenID provider on ${OIDC.issuer}`));
