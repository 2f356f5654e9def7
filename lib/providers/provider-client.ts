import OpenAI, { AzureOpenAI } from "openai";
import { environmentProvider, requireKey, type ProviderConfig } from "./provider-config";

// The SDK client for a resolved provider (lib/db/providers/provider-settings.ts
// `resolveProvider`). Everything it sends comes from the config: nothing is left for
// the SDK to pick up from the environment, so a stray OPENAI_BASE_URL, OPENAI_ORG_ID or
// OPENAI_ADMIN_KEY cannot redirect a job or ride along to another provider. The key
// goes to the SDK and nowhere else.

export type ProviderClientOptions = {
  /** The SDK's retries of 408/409/429/5xx and lost connections, honouring retry-after; 2 unless said. */
  maxRetries?: number;
  /** Per request. Ten minutes unless said: a training file may be up to 512 MB. */
  timeoutMs?: number;
};

export const FINE_TUNE_TIMEOUT_MS = 10 * 60_000;

export function providerClient(config: ProviderConfig, options: ProviderClientOptions = {}): OpenAI {
  const { apiKey } = requireKey(config);
  const common = {
    apiKey,
    // Azure has no organisations or projects in OpenAI's sense; the others send theirs when set.
    organization: config.kind === "azure" ? null : (config.organization ?? null),
    project: config.kind === "azure" ? null : (config.project ?? null),
    adminAPIKey: null,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs ?? FINE_TUNE_TIMEOUT_MS,
    // Fixed, so OPENAI_LOG=debug cannot make the SDK print requests, keys in headers included, to the server log.
    logLevel: "warn" as const,
  };
  if (config.kind === "azure") {
    // baseURL null rather than absent: absent, the SDK reads OPENAI_BASE_URL, and with an endpoint too it refuses both.
    return new AzureOpenAI({ ...common, endpoint: config.baseURL, baseURL: null, apiVersion: config.apiVersion });
  }
  return new OpenAI({ ...common, baseURL: config.baseURL });
}

/** OpenAI as the given environment configures it (tests and scripts that name their own variables). */
export function openAIClientFromEnv(env: Record<string, string | undefined>, options: ProviderClientOptions = {}): OpenAI {
  const config = environmentProvider("openai", env);
  if (!config) throw new Error("OPENAI_API_KEY is not set in the environment given.");
  return providerClient(config, options);
}
