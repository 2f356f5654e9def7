import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";

// What a provider's error means, decided once: `classifyProviderError` owns the mapping
// from the SDK's errors (status, code, the provider's own words, headers) to a kind.
// The moderation pre-scan words it with `describeProviderError` below; fine-tuning with
// `explainProviderError` (fine-tune-refusal.ts). Both quote the provider's parsed error
// message verbatim, only with any key it echoed back masked, and never a body of another shape.

export type ProviderFailureKind = "bad_key" | "refused" | "quota" | "rate_limited" | "server_error" | "unreachable" | "not_found" | "bad_request" | "unknown";

export type ProviderErrorFacts = {
  kind: ProviderFailureKind;
  /** HTTP status, or null when no answer came. */
  status: number | null;
  code: string | null;
  param: string | null;
  type: string | null;
  /** The provider's own message (the SDK's, when no answer came); keys masked. */
  providerMessage: string;
  requestId: string | null;
  /** How long the provider asked to wait, from retry-after-ms or retry-after. */
  retryAfterMs: number | null;
  /** Whether the same request may succeed later unchanged (the SDK's own rule, x-should-retry first). */
  retryable: boolean;
  /** ECONNREFUSED, ENOTFOUND, … when the network failed. */
  networkCode: string | null;
  timedOut: boolean;
};

// An OpenAI-compatible server might echo a key back; show it as the settings page does.
const redactKeys = (text: string) => text.replace(/\b(sk-)[A-Za-z0-9_-]{8,}([A-Za-z0-9]{4})\b/g, "$1…$2");

/** Milliseconds the provider asked to wait, from retry-after-ms or retry-after (seconds or a date). */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms);
  const value = headers?.get("retry-after");
  if (!value) return null;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** As retryAfterMs, in whole seconds rounded up. */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = retryAfterMs(headers, now);
  return ms === null ? null : Math.ceil(ms / 1000);
}

// Eligibility, access and quota refusals come as 400 or 403 with these words or codes
// (not_eligible, insufficient_quota, billing_hard_limit_reached, unsupported_country_region_territory, …).
const NOT_ALLOWED = /quota|billing|eligib|not (?:be )?(?:allowed|available|permitted)|no longer|access|unsupported_country|region|credit/i;
const QUOTA = /quota|billing|credit/i;

/** The network error's own code (ECONNREFUSED, ENOTFOUND, …) from the cause chain. */
function networkCode(e: unknown): string | null {
  for (let c = e as { cause?: unknown; code?: unknown } | undefined, depth = 0; c && depth < 5; c = c.cause as typeof c, depth++) {
    if (typeof c.code === "string" && /^E[A-Z_]+$/.test(c.code)) return c.code;
  }
  return null;
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
/** A code, type or parameter name is short; anything longer is not one, and is not kept. */
const label = (v: unknown) => {
  const t = text(v);
  return t && t.length <= 100 ? t : null;
};

/** Said in place of an answer that is not an OpenAI-style error. */
export const NO_PROVIDER_MESSAGE = "no error message (the answer was not an OpenAI-style error, so it is not repeated)";

/**
 * The provider's parsed message alone: `{"error": {"message"}}` (or `{"error": "…"}`).
 * Any other body (a web page, another service's text, a JSON without an error) is never
 * repeated, though the SDK puts it in its own message: whoever reads the explanation did
 * not choose the host, and its body is not theirs to read.
 */
function apiMessage(e: APIError): string {
  const error = e.error as { message?: unknown } | string | undefined;
  const raw = typeof error === "string" ? text(error) : text(error?.message);
  return redactKeys(raw ?? NO_PROVIDER_MESSAGE);
}

function kindOf(status: number, words: string): ProviderFailureKind {
  if (status === 401) return "bad_key";
  if (status === 429) return /insufficient_quota/.test(words) ? "quota" : "rate_limited";
  if (status === 403 || (status === 400 && NOT_ALLOWED.test(words))) return QUOTA.test(words) ? "quota" : "refused";
  if (status === 404) return "not_found";
  if (status >= 500) return "server_error";
  return "bad_request";
}

export function classifyProviderError(e: unknown): ProviderErrorFacts {
  const none = { code: null, param: null, type: null, requestId: null, retryAfterMs: null, networkCode: null, timedOut: false };
  if (e instanceof APIConnectionError) {
    const timedOut = e instanceof APIConnectionTimeoutError;
    return { ...none, kind: "unreachable", status: null, providerMessage: e.message, retryable: true, networkCode: timedOut ? null : networkCode(e), timedOut };
  }
  if (!(e instanceof APIError) || e.status === undefined) {
    return {
      ...none,
      kind: "unknown",
      status: null,
      providerMessage: e instanceof APIError ? e.message : "No answer came from the provider.",
      retryable: false,
    };
  }
  const status = e.status;
  const providerMessage = apiMessage(e);
  const code = label(e.code);
  const type = label(e.type);
  const kind = kindOf(status, `${code ?? ""} ${type ?? ""} ${providerMessage}`);
  const should = e.headers?.get("x-should-retry");
  const retryable = should === "true" || (should !== "false" && kind !== "quota" && (status === 408 || status === 409 || status === 429 || status >= 500));
  return {
    kind,
    status,
    code,
    param: label(e.param),
    type,
    providerMessage,
    requestId: e.requestID ?? null,
    retryAfterMs: retryAfterMs(e.headers),
    retryable,
    networkCode: null,
    timedOut: false,
  };
}

export type ProviderFailure = {
  kind: ProviderFailureKind;
  /** HTTP status, or null when no answer came. */
  status: number | null;
  /** The whole explanation, the provider's message quoted inside. */
  message: string;
  /** How long the provider asked to wait (429), in seconds. */
  retryAfterSeconds: number | null;
};

export type FailureContext = {
  /** Where the request went, e.g. api.openai.com. */
  host: string;
  /** Attempts made, the SDK's retries included (3 with its defaults). */
  attempts: number;
  /** Ends messages about passing trouble, e.g. "Records already scanned are kept." */
  afterwards?: string;
};

const MAX_QUOTED = 500;

/** The provider's words in quotes, cut at 500 characters for a message (a proxy may answer with a whole page). */
export function quoteProvider(message: string, max = MAX_QUOTED): string {
  return `“${message.length > max ? `${message.slice(0, max)}…` : message}”`;
}

/** The moderation pre-scan's wording, which reads OpenAI from OPENAI_* on the server. */
export function describeProviderError(e: unknown, ctx: FailureContext): ProviderFailure {
  const f = classifyProviderError(e);
  const { host } = ctx;
  const after = ctx.afterwards ? ` ${ctx.afterwards}` : "";
  const failure = (message: string): ProviderFailure => ({
    kind: f.kind,
    status: f.status,
    message,
    retryAfterSeconds: f.kind === "rate_limited" && f.retryAfterMs !== null ? Math.ceil(f.retryAfterMs / 1000) : null,
  });
  if (f.timedOut) return failure(`${host} did not answer in time, on ${ctx.attempts} attempts. The provider may be overloaded; try again later.${after}`);
  if (f.kind === "unreachable") {
    return failure(
      `Could not reach ${host}${f.networkCode ? ` (${f.networkCode})` : ""}, on ${ctx.attempts} attempts. Check OPENAI_BASE_URL and that this server can reach that address.${after}`,
    );
  }
  if (f.kind === "unknown" || f.status === null) {
    return failure(`The request to ${host} failed before an answer came back. Try again; if it keeps failing, check the server log.${after}`);
  }
  const status = f.status;
  const said = `${quoteProvider(f.providerMessage)}${f.requestId ? ` (request ID ${f.requestId})` : ""}`;
  switch (f.kind) {
    case "bad_key":
      return failure(`${host} refused the API key (HTTP 401): ${said}. Check OPENAI_API_KEY on the server; an admin sees which key is set under Settings.`);
    case "rate_limited": {
      const wait = failure("").retryAfterSeconds;
      const advice =
        wait === null ? "It did not say how long to wait; try again in a minute." : `It asked to wait ${wait} s (retry-after) before trying again.`;
      return failure(`${host} kept answering “too many requests” (HTTP 429) on ${ctx.attempts} attempts: ${said}. ${advice}${after}`);
    }
    case "quota":
      if (status === 429)
        return failure(`${host} says the account has no quota left (HTTP 429): ${said}. Add credit or raise the limit with the provider, then try again.`);
      return failure(`${host} refused the request (HTTP ${status}): ${said}. The account is out of quota or credit; check billing with the provider.`);
    case "refused":
      return failure(
        `${host} refused the request (HTTP ${status}): ${said}. The key's organisation or project may not use this endpoint or model; check its access with the provider, or use another provider.`,
      );
    case "not_found":
      return failure(`${host} has no such endpoint (HTTP 404): ${said}. Check OPENAI_BASE_URL: it should be the API's base address, ending in /v1.`);
    case "server_error":
      return failure(
        `${host} had a server error (HTTP ${status}) on ${ctx.attempts} attempts: ${said}. The provider may be having trouble; try again later.${after}`,
      );
    default:
      return failure(`${host} rejected the request (HTTP ${status}): ${said}. If this keeps happening, check the server log.`);
  }
}
