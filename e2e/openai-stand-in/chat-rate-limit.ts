import { ORGANIZATION } from "./fine-tuning-jobs";
import { errorBody } from "./openai-errors";
import { json, type StandInResponse } from "./router";
import type { Clock } from "./timing";

// Requests per minute per model, the way the provider meters them: a bucket of `limit`
// requests per model that refills continuously over a minute. Every answer carries the
// x-ratelimit-*-requests headers; a request that finds the bucket empty is refused 429
// in the provider's words, with retry-after(-ms) saying when one request's worth has
// refilled. With no limit set the stand-in reports a nominal one and never refuses.

export const NOMINAL_RPM = 10_000;
const MINUTE = 60_000;

export type RateState = { limit: number; remaining: number; resetMs: number };
export type Refusal = RateState & { retryAfterMs: number };

/** A duration as the provider writes it in headers and messages: 20ms, 1.5s, 6m0s. */
export function providerDuration(ms: number): string {
  if (ms < 1000) return `${Math.ceil(ms)}ms`;
  const seconds = (s: number) => `${Number(s.toFixed(3))}s`;
  if (ms < MINUTE) return seconds(ms / 1000);
  return `${Math.floor(ms / MINUTE)}m${seconds((ms % MINUTE) / 1000)}`;
}

export class RequestRateLimit {
  private buckets = new Map<string, { tokens: number; atMs: number }>();

  /** `rpm` null: no limit (the nominal one is reported). Tests may change it at any time. */
  constructor(
    private readonly now: Clock,
    public rpm: number | null,
  ) {}

  /** Takes one request for `model`, or says how long until one is free. */
  take(model: string): { ok: true; state: RateState } | { ok: false; refusal: Refusal } {
    const limit = this.rpm ?? NOMINAL_RPM;
    const perMs = limit / MINUTE;
    const now = this.now();
    const held = this.buckets.get(model);
    const tokens = held ? Math.min(limit, held.tokens + (now - held.atMs) * perMs) : limit;
    if (tokens < 1 && this.rpm !== null) {
      this.buckets.set(model, { tokens, atMs: now });
      return { ok: false, refusal: { limit, remaining: 0, resetMs: (limit - tokens) / perMs, retryAfterMs: Math.ceil((1 - tokens) / perMs) } };
    }
    const left = Math.max(0, tokens - 1);
    this.buckets.set(model, { tokens: left, atMs: now });
    return { ok: true, state: { limit, remaining: Math.floor(left), resetMs: (limit - left) / perMs } };
  }

  clear() {
    this.buckets.clear();
  }
}

/** STAND_IN_CHAT_RPM: a whole number of requests per minute per model; unset or empty: no limit. */
export function chatRpmFromEnv(raw: string | undefined): number | null {
  if (raw === undefined || raw === "") return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`STAND_IN_CHAT_RPM must be a whole number of requests per minute (1 or more), not "${raw}".`);
  return n;
}

export const rateHeaders = (s: RateState): Record<string, string> => ({
  "x-ratelimit-limit-requests": String(s.limit),
  "x-ratelimit-remaining-requests": String(s.remaining),
  "x-ratelimit-reset-requests": providerDuration(s.resetMs),
});

const retryHeaders = (r: Refusal): Record<string, string> => ({
  ...rateHeaders(r),
  "retry-after": String(Math.max(1, Math.ceil(r.retryAfterMs / 1000))),
  "retry-after-ms": String(r.retryAfterMs),
});

export function rateLimited(model: string, r: Refusal): StandInResponse {
  const message =
    `Rate limit reached for ${model} in organization ${ORGANIZATION.id} on requests per min (RPM): Limit ${r.limit}, Used ${r.limit}, Requested 1. ` +
    `Please try again in ${providerDuration(r.retryAfterMs)}. Visit https://platform.openai.com/account/rate-limits to learn more.`;
  return json(429, errorBody(message, { type: "requests", code: "rate_limit_exceeded" }), retryHeaders(r));
}

/** Azure OpenAI's own words and shape for the same refusal. */
export function azureRateLimited(apiVersion: string, r: Refusal): StandInResponse {
  const seconds = Math.max(1, Math.ceil(r.retryAfterMs / 1000));
  const message =
    `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${apiVersion} have exceeded call rate limit of your current OpenAI S0 pricing tier. ` +
    `Please retry after ${seconds} second${seconds === 1 ? "" : "s"}. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`;
  return json(429, { error: { code: "429", message } }, retryHeaders(r));
}
