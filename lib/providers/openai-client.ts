import OpenAI from "openai";
import { AppError } from "../errors";

// The one place that builds a client for the provider's API from the server's
// environment. Callers get a client or a plain error saying which variable to set; the
// key itself is handed to the SDK and nowhere else (not to pages, not to messages, not
// to logs). Another provider (Azure OpenAI) gets its own connection function beside
// this one, returning the SDK's client for it, and `providerConnection` picks.

/** The environment variables read here; the same names the SDK itself reads. */
export const OPENAI_ENV = {
  apiKey: "OPENAI_API_KEY",
  baseURL: "OPENAI_BASE_URL",
  organization: "OPENAI_ORG_ID",
  project: "OPENAI_PROJECT_ID",
} as const;

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

type Env = Record<string, string | undefined>;

/** What a page may know about the connection: everything but the key. */
export type ProviderConnection = {
  provider: "OpenAI";
  /** Where requests go, e.g. https://api.openai.com/v1. */
  baseURL: string;
  /** Its host alone, for "this sends your data to api.openai.com". */
  host: string;
  /** Whether a key is set; without one every call fails with `missingKeyMessage`. */
  keyConfigured: boolean;
  /** The variable to set when the key is missing. */
  keyVariable: string;
};

const read = (env: Env, name: string) => env[name]?.trim() || undefined;

export function openAIConnection(env: Env = process.env): ProviderConnection {
  const baseURL = (read(env, OPENAI_ENV.baseURL) ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, "");
  let host: string;
  try {
    const url = new URL(baseURL);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http");
    host = url.host;
  } catch {
    throw new AppError(
      "bad_request",
      `${OPENAI_ENV.baseURL} on the server is "${baseURL}", which is not an http(s) address. Set it to the API's base URL, such as ${OPENAI_DEFAULT_BASE_URL}, or unset it.`,
    );
  }
  return { provider: "OpenAI", baseURL, host, keyConfigured: read(env, OPENAI_ENV.apiKey) !== undefined, keyVariable: OPENAI_ENV.apiKey };
}

export const missingKeyMessage = (c: Pick<ProviderConnection, "keyVariable" | "host">) =>
  `Set ${c.keyVariable} on the server to a key for ${c.host}, then restart Tuneset. The key stays on the server; an admin sees which one is in use under Settings.`;

/**
 * A client for the OpenAI API (or any compatible one at OPENAI_BASE_URL). The SDK's own
 * retries stay on (twice, for 408/409/429/5xx and lost connections, honouring the
 * provider's retry-after), so a caller that gets an error knows it was not a blip.
 */
export function openAIClient(env: Env = process.env, options: { maxRetries?: number; timeoutMs?: number } = {}): OpenAI {
  const connection = openAIConnection(env);
  const apiKey = read(env, OPENAI_ENV.apiKey);
  if (!apiKey) throw new AppError("bad_request", missingKeyMessage(connection));
  return new OpenAI({
    apiKey,
    baseURL: connection.baseURL,
    organization: read(env, OPENAI_ENV.organization) ?? null,
    project: read(env, OPENAI_ENV.project) ?? null,
    // Explicit, so a stray OPENAI_ADMIN_KEY in the environment is not sent unasked.
    adminAPIKey: null,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs ?? 60_000,
    // Fixed, so OPENAI_LOG=debug cannot make the SDK print requests and their content to the server log.
    logLevel: "warn",
  });
}

/** The connection of the provider Tuneset sends to; one provider for now. */
export const providerConnection = (env: Env = process.env): ProviderConnection => openAIConnection(env);
