import { z } from "zod";
import { PROVIDER_KINDS } from "../fine-tunes/fine-tune-vocabulary";
import { SETTINGS_PLACE } from "../providers/provider-config";

// A request names a provider an admin set up; where that provider is and how to sign in
// to it are the admin's alone (Settings, the server's environment, or the CLI working on
// the database file). The server's key must never go to an address a request chose, so
// every request schema that reaches a provider (evaluation, fine-tune, sweep, moderation
// scan) spreads these fields. They are refused out loud rather than quietly dropped, as
// unknown fields are elsewhere, so a caller who tried learns the address was not used.

export const PROVIDER_ADDRESS_MESSAGE =
  `a request cannot choose where a provider is or which key it uses: leave this field out and name one an admin set up with provider (${PROVIDER_KINDS.join(", ")}). ` +
  `Admins set addresses and keys under ${SETTINGS_PLACE}, or in the server's environment.`;

/** The names an address or a credential goes by in OpenAI's SDKs and their ports. */
export const PROVIDER_ADDRESS_FIELDS = [
  "baseURL",
  "baseUrl",
  "base_url",
  "endpoint",
  "url",
  "apiKey",
  "api_key",
  "key",
  "apiVersion",
  "api_version",
  "organization",
  "project",
] as const;

const refused = z.never({ error: PROVIDER_ADDRESS_MESSAGE }).optional();

/** Spread into a request's object schema: any of these fields present makes it a 400 naming the field. */
export const providerAddressRefused = Object.fromEntries(PROVIDER_ADDRESS_FIELDS.map((f) => [f, refused])) as Record<
  (typeof PROVIDER_ADDRESS_FIELDS)[number],
  typeof refused
>;
