import { OpenAIError } from "openai";
import { isAppError } from "../errors";
import { PROVIDER_KIND_NAMES } from "../fine-tunes/fine-tune-vocabulary";
import { baseURLLocation, keyLocation, SETTINGS_PLACE, type ProviderConfig } from "./provider-config";
import { classifyProviderError, quoteProvider } from "./provider-error";

// A provider's answer to a fine-tuning request, in words a lead can act on, with what
// the launcher and the poller need to decide: stop (a refusal or a mistake), or try the
// same request again later. The job record keeps all of it. OpenAI is winding down
// self-serve fine-tuning for many organisations, so a 403, or a 400 about eligibility
// or quota, is the answer leads will meet most: it says so, and where else to go.

export type ProviderErrorExplanation = {
  /** HTTP status, or null when no answer came. */
  status: number | null;
  code: string | null;
  param: string | null;
  type: string | null;
  /** The provider's own message, verbatim (any key echoed back masked); the SDK's when no answer came. */
  message: string;
  /** The plain explanation, the provider's message quoted inside. */
  explanation: string;
  /** The provider said no to this organisation, project or account: trying again will not help. */
  refusal: boolean;
  /** The same request may succeed later unchanged. */
  retryable: boolean;
  /** How long the provider asked to wait before trying again. */
  retryAfterMs: number | null;
};

/** Which provider answered; without it the explanation says "the provider" and names no setting. */
export type ProviderContext = Pick<ProviderConfig, "kind" | "source" | "host">;

function elsewhere(provider?: ProviderContext): string {
  const others =
    provider?.kind === "azure"
      ? "another Azure OpenAI resource (fine-tuning is offered in some regions only) or an OpenAI-compatible endpoint"
      : provider?.kind === "compatible"
        ? "another provider"
        : "another provider (Azure OpenAI serves the same fine-tuning API; an OpenAI-compatible endpoint works too)";
  return `use ${others}, set up under ${SETTINGS_PLACE}`;
}

export function explainProviderError(error: unknown, provider?: ProviderContext): ProviderErrorExplanation {
  const f = classifyProviderError(error);
  const host = provider?.host ?? "The provider";
  const reach = provider?.host ?? "the provider";
  const name = provider ? PROVIDER_KIND_NAMES[provider.kind] : "the provider";
  const key = provider ? keyLocation(provider) : "the provider's API key";
  const address = provider ? baseURLLocation(provider) : "the provider's address";
  const base = {
    status: f.status,
    code: f.code,
    param: f.param,
    type: f.type,
    message: f.providerMessage,
    retryable: f.retryable,
    retryAfterMs: f.retryAfterMs,
  };
  const result = (explanation: string, refusal = false): ProviderErrorExplanation => ({ ...base, explanation, refusal });

  if (f.kind === "unknown") {
    // Not an answer from the provider: Tuneset's own plain errors pass through; anything else stays in the server log.
    const own = isAppError(error) || (error instanceof OpenAIError && !(error as { status?: unknown }).status) ? (error as Error).message : null;
    return {
      ...result(own ?? `The request to ${reach} failed before an answer came back. Try again; if it keeps failing, check the server log.`),
      message: own ?? f.providerMessage,
    };
  }
  if (f.kind === "unreachable") {
    return result(
      f.timedOut
        ? `${host} did not answer in time. The provider may be overloaded; Tuneset can try again later.`
        : `Could not reach ${reach}${f.networkCode ? ` (${f.networkCode})` : ""}. Check ${address} and that this server can reach that address.`,
    );
  }
  const said = `${quoteProvider(f.providerMessage, 2000)}${f.requestId ? ` (request ID ${f.requestId})` : ""}`;
  const status = f.status as number;
  const field = f.param ? ` (about ${f.param})` : "";
  switch (f.kind) {
    case "refused":
      return result(
        `${host} refused to fine-tune (HTTP ${status}): ${said}. The organisation or project behind ${key} is not allowed to fine-tune this model. ` +
          (provider && provider.kind !== "openai"
            ? "Ask the provider to allow it, "
            : "OpenAI is winding down self-serve fine-tuning for many organisations; ask the provider to allow it, ") +
          `or ${elsewhere(provider)}.`,
        true,
      );
    case "quota":
      return result(
        `${host} refused to fine-tune (HTTP ${status}): ${said}. The account has no quota or credit left for this, or is not eligible to buy it. ` +
          `Check billing and limits with the provider, or ${elsewhere(provider)}.`,
        true,
      );
    case "bad_key":
      return result(`${host} refused the API key (HTTP 401): ${said}. Check ${key}: it should be a current key for ${name}.`);
    case "not_found":
      return result(
        `${host} has no such model or file (HTTP 404): ${said}. Check that the model can be fine-tuned with ${name} and that the training file was uploaded to it; if every request answers 404, check ${address}.`,
      );
    case "rate_limited": {
      const wait = f.retryAfterMs === null ? "It did not say how long to wait." : `It asked to wait ${Math.ceil(f.retryAfterMs / 1000)} s.`;
      return result(`${host} is limiting how many requests it takes (HTTP 429): ${said}. ${wait} Tuneset can try again then.`);
    }
    case "server_error":
      return result(`${host} had a server error (HTTP ${status}): ${said}. The trouble is on the provider's side; trying again later usually works.`);
    default:
      return result(
        f.retryable
          ? `${host} could not take the request just now (HTTP ${status}): ${said}. Trying again later usually works.`
          : `${host} rejected the request (HTTP ${status})${field}: ${said}. Correct what it names and launch again.`,
      );
  }
}
