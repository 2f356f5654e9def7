import { dirname, join } from "node:path";

/** Where the first-run test keeps the admin's session for every other test (beside the e2e database). */
export const adminStatePath = () => join(dirname((process.env.E2E_DATABASE_URL ?? "file:./e2e.db").replace(/^file:/, "")), "admin-state.json");

export const ADMIN = { name: "Ada Admin", email: "admin@tuneset.test", password: "correct horse battery staple" };

/** The provider key the e2e server is started with; it must never reach a browser. */
export const E2E_PROVIDER_KEY = "sk-tuneset-e2e-3f9c2a7d51b04e8f9a6c";

const APP_PORT = Number(process.env.E2E_PORT ?? 3199);

/** The OpenID Connect provider the e2e server signs in with (e2e/oidc-issuer.ts), on the port after the app's hundred. */
export const OIDC = {
  issuer: `http://127.0.0.1:${APP_PORT + 100}`,
  appUrl: `http://127.0.0.1:${APP_PORT}`,
  clientId: "tuneset-e2e",
  clientSecret: "e2e-client-secret-9b1f",
};

/** The local stand-in for the OpenAI API (e2e/openai-stand-in), on the port after the app's two hundred. */
export const OPENAI_STAND_IN = {
  port: APP_PORT + 200,
  baseURL: `http://127.0.0.1:${APP_PORT + 200}/v1`,
  /** Where tests inject faults and read what was asked. */
  admin: `http://127.0.0.1:${APP_PORT + 200}/_stand-in`,
};
