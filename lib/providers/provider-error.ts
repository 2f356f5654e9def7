import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";

// A provider's refusal in words a lead can act on: who refused (the host), why (the
// provider's own message, quoted), and what to do next. The SDK has already retried
// what is worth retrying (rate limits, server errors, lost connections), so whatever
// arrives here is final for this attempt.

export type ProviderFailureKind =
  | "bad_key"
  | "refused"
  | "quota"
  | "rate_limited"
  | "server_error"
  | "unreachable"
  | "not_found"
  | "bad_request"
  | "unknown";

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

// An OpenAI-compatible server might echo a key back; show it as the settings page does.
const redactKeys = (text: string) => text.replace(/\b(sk-)[A-Za-z0-9_-]{8,}([A-Za-z0-9]{4})\b/g, "$1…$2");

function quoted(e: APIError): string {
  const raw = (e.error as { message?: unknown } | undefined)?.message;
  const text = typeof raw === "string" && raw.trim() ? raw.trim() : e.message.replace(/^\d{3}\s*/, "").trim() || "no message";
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `“${redactKeys(short)}”`;
}

/** Seconds the provider asked to wait, from retry-after-ms or retry-after (seconds or a date). */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms / 1000);
  const value = headers?.get("retry-after");
  if (!value) return null;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

// Eligibility and quota refusals come as 400 or 403 with these words or codes.
const NOT_ALLOWED = /quota|billing|eligib|not (?:be )?(?:allowed|available|permitted)|no longer|access|unsupported_country|region|credit/i;

/** The network error's own code (ECONNREFUSED, ENOTFOUND, …) from the cause chain. */
function networkCode(e: unknown): string | null {
  for (let c = e as { cause?: unknown; code?: unknown } | undefined, depth = 0; c && depth < 5; c = c.cause as typeof c, depth++) {
    if (typeof c.code === "string" && /^E[A-Z_]+$/.test(c.code)) return c.code;
  }
  return null;
}

export function describeProviderError(e: unknown, ctx: FailureContext): ProviderFailure {
  const { host } = ctx;
  const after = ctx.afterwards ? ` ${ctx.afterwards}` : "";
  const failure = (kind: ProviderFailureKind, status: number | null, message: string, retryAfter: number | null = null): ProviderFailure => ({
    kind, status, message, retryAfterSeconds: retryAfter,
  });
  if (e instanceof APIConnectionTimeoutError) {
    return failure("unreachable", null, `${host} did not answer in time, on ${ctx.attempts} attempts. The provider may be overloaded; try again later.${after}`);
  }
  if (e instanceof APIConnectionError) {
    const code = networkCode(e);
    return failure(
      "unreachable",
      null,
      `Could not reach ${host}${code ? ` (${code})` : ""}, on ${ctx.attempts} attempts. Check OPENAI_BASE_URL and that this server can reach that address.${after}`,
    );
  }
  if (!(e instanceof APIError) || e.status === undefined) {
    return failure("unknown", null, `The request to ${host} failed before an answer came back. Try again; if it keeps failing, check the server log.${after}`);
  }
  const status = e.status;
  const said = quoted(e);
  const requestId = e.requestID ? ` (request ID ${e.requestID})` : "";
  const code = `${e.code ?? ""} ${e.type ?? ""}`;
  if (status === 401) {
    return failure("bad_key", status, `${host} refused the API key (HTTP 401): ${said}${requestId}. Check OPENAI_API_KEY on the server; an admin sees which key is set under Settings.`);
  }
  if (status === 429 && /insufficient_quota/.test(code)) {
    return failure("quota", status, `${host} says the account has no quota left (HTTP 429): ${said}${requestId}. Add credit or raise the limit with the provider, then try again.`);
  }
  if (status === 429) {
    const wait = retryAfterSeconds(e.headers);
    const advice = wait === null ? "It did not say how long to wait; try again in a minute." : `It asked to wait ${wait} s (retry-after) before trying again.`;
    return failure("rate_limited", status, `${host} kept answering “too many requests” (HTTP 429) on ${ctx.attempts} attempts: ${said}${requestId}. ${advice}${after}`, wait);
  }
  if (status === 403 || (status === 400 && NOT_ALLOWED.test(`${code} ${said}`))) {
    const quota = /quota|billing|credit/i.test(`${code} ${said}`);
    return failure(
      quota ? "quota" : "refused",
      status,
      `${host} refused the request (HTTP ${status}): ${said}${requestId}. ${
        quota
          ? "The account is out of quota or credit; check billing with the provider."
          : "The key's organisation or project may not use this endpoint or model; check its access with the provider, or use another provider."
      }`,
    );
  }
  if (status === 404) {
    return failure("not_found", status, `${host} has no such endpoint (HTTP 404): ${said}${requestId}. Check OPENAI_BASE_URL: it should be the API's base address, ending in /v1.`);
  }
  if (status >= 500) {
    return failure("server_error", status, `${host} had a server error (HTTP ${status}) on ${ctx.attempts} attempts: ${said}${requestId}. The provider may be having trouble; try again later.${after}`);
  }
  return failure("bad_request", status, `${host} rejected the request (HTTP ${status}): ${said}${requestId}. If this keeps happening, check the server log.`);
}
